package org.depder.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.depder.app.i18n.Language;
import org.depder.app.remote.SyncReport;
import org.depder.app.replication.ConflictDetail;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ImportResult;
import org.depder.app.replication.ProgressListener;
import org.depder.app.replication.Resolution;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.StopReason;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.SafetyGate;
import org.depder.server.DepderServer;
import org.depder.server.core.DeviceRole;
import org.depder.server.testing.LoopbackServer;
import org.depder.server.usb.UsbExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 8, end to end: two laptops (real vaults) enrolled with one server (SQLite, HTTPS on
 * loopback) at the same post. Both edit the same record offline: different fields merge, the same
 * field becomes a conflict visible on both with the same provisional winner, and a resolution on
 * one settles both. Then a USB round trip: laptop → file → the server's {@code admin import-bundle}
 * path → response files → laptop.
 */
class TwoClientsAndServerTest {
  @TempDir Path dir;
  private DepderServer server;
  private Laptop a;
  private Laptop b;

  @BeforeEach
  void start() throws Exception {
    server = LoopbackServer.start(dir.resolve("server"));
    String address = "127.0.0.1:" + server.tlsPort();
    a = new Laptop(dir.resolve("a.depder"));
    b = new Laptop(dir.resolve("b.depder"));
    a.enrol(address, code());
    b.enrol(address, code());
  }

  private String code() {
    return server
        .context()
        .admin()
        .issueCode(DeviceRole.SOCIAL_WORKER, "AG-01", Duration.ofHours(1))
        .code();
  }

  @AfterEach
  void stop() {
    for (Laptop laptop : new Laptop[] {a, b}) {
      if (laptop != null) {
        laptop.vault.lock();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  private static Map<String, JsonNode> fields(String... pairs) {
    Map<String, JsonNode> changes = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      changes.put(pairs[i], TextNode.valueOf(pairs[i + 1]));
    }
    return changes;
  }

  @Test
  void offlineEditsMergeOrConflictOnBothLaptops() throws Exception {
    EntityRef ref = a.log.create("case", fields("stage", "identification", "note", "first"));
    assertThat(a.http.syncOnce().sent()).isEqualTo(1);
    SyncReport first = b.http.syncOnce();
    // the case's revision, and the server-signed key of laptop A that lets B verify it
    assertThat(first.received()).isEqualTo(2);
    assertThat(b.value(ref, "stage")).isEqualTo("identification");

    // different fields, offline on both laptops: merged
    a.log.revise(ref, fields("stage", "referral"));
    b.log.revise(ref, fields("note", "second"));
    a.http.syncOnce();
    b.http.syncOnce();
    a.http.syncOnce();
    for (Laptop laptop : new Laptop[] {a, b}) {
      assertThat(laptop.value(ref, "stage")).isEqualTo("referral");
      assertThat(laptop.value(ref, "note")).isEqualTo("second");
      assertThat(laptop.conflicts.conflicted("case")).isEmpty();
    }

    // the same field, offline on both: a conflict on both, same provisional winner
    a.log.revise(ref, fields("note", "from A"));
    b.log.revise(ref, fields("note", "from B"));
    a.http.syncOnce();
    assertThat(b.http.syncOnce().conflictsOpened()).isEqualTo(1);
    assertThat(a.http.syncOnce().conflictsOpened()).isEqualTo(1);
    ConflictDetail onA = a.conflicts.conflict(ref);
    ConflictDetail onB = b.conflicts.conflict(ref);
    assertThat(onA.fields())
        .singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("note"));
    assertThat(winner(onA)).isEqualTo(winner(onB));
    assertThat(onA.fields().get(0).candidates())
        .extracting(ConflictDetail.Candidate::displayValue)
        .containsExactlyInAnyOrder("from A", "from B");

    // resolved on B by picking A's value: settled on both after sync
    ConflictDetail.Candidate fromA =
        onB.fields().get(0).candidates().stream()
            .filter(c -> c.displayValue().equals("from A"))
            .findFirst()
            .orElseThrow();
    b.conflicts.resolve(ref, "note", new Resolution.Pick(fromA.revisionId()));
    b.http.syncOnce();
    a.http.syncOnce();
    for (Laptop laptop : new Laptop[] {a, b}) {
      assertThat(laptop.conflicts.conflicted("case")).isEmpty();
      assertThat(laptop.value(ref, "note")).isEqualTo("from A");
    }
    assertThat(a.files.outbox()).isEmpty();
    assertThat(b.files.outbox()).isEmpty();
  }

  @Test
  void aPostWithoutANetworkSyncsByUsbThroughTheAdministrator() throws Exception {
    UsbExchange usb =
        new UsbExchange(
            server.context().ingest(), server.context().receipts(), server.context().pull());
    EntityRef ref = b.log.create("case", fields("stage", "identification"));
    b.http.syncOnce();

    // laptop A has no network: file → server administrator → response files → laptop A
    a.log.create("case", fields("stage", "return"));
    Path stick = Files.createDirectories(dir.resolve("stick"));
    Path bundle = stick.resolve("a-1.depder");
    assertThat(a.files.exportBundle(bundle, ProgressListener.NONE).revisions()).isEqualTo(1);
    UsbExchange.Outcome answer = usb.take(Files.readAllBytes(bundle));
    Path receipt = stick.resolve("receipt.json");
    Files.write(receipt, answer.receipt().orElseThrow());
    Path next = stick.resolve("server-1.depder");
    Files.write(next, answer.next().orElseThrow().bytes());

    assertThat(a.files.importFile(receipt, stick, ProgressListener.NONE))
        .isInstanceOf(ImportResult.ReceiptApplied.class);
    ImportResult applied = a.files.importFile(next, stick, ProgressListener.NONE);
    assertThat(applied).isInstanceOf(ImportResult.BundleApplied.class);
    assertThat(a.value(ref, "stage")).isEqualTo("identification");
    assertThat(a.files.outbox()).isEmpty();

    // A's receipt goes back the same way; the server then has nothing more for A
    UsbExchange.Outcome back =
        usb.take(Files.readAllBytes(((ImportResult.BundleApplied) applied).receiptFile()));
    assertThat(back.kind()).isEqualTo("receipt");
    assertThat(back.next()).isEmpty();

    // and B, online, receives what A sent by USB (and A's key, to verify it)
    assertThat(b.http.syncOnce().received()).isEqualTo(2);
  }

  @Test
  void aScreeningFinalisedOnOneLaptopAndCorrectedOnTheOtherTravelsBothWays() throws Exception {
    ScreeningDraft draft =
        a.screening
            .start("screener-1", Language.TK)
            .withGate(new SafetyGate(Answer.NO, Answer.NO, Answer.NO, Answer.UNKNOWN))
            .withStop(Optional.of(StopReason.NOT_SAFE_TO_TALK));
    a.screening.save(draft);
    a.http.syncOnce();
    b.http.syncOnce();
    assertThat(b.screenings.latest(draft.id())).as("drafts stay on their laptop").isEmpty();

    ScreeningDraft finalised = a.screening.finalise(draft);
    a.http.syncOnce();
    b.http.syncOnce();
    assertThat(b.screenings.latest(finalised.id())).contains(finalised);

    ScreeningDraft correction = b.screening.correct(finalised.id(), "gate answer typed wrongly");
    ScreeningDraft corrected =
        b.screening.finalise(
            correction.withGate(new SafetyGate(Answer.YES, Answer.NO, Answer.NO, Answer.UNKNOWN)));
    b.http.syncOnce();
    a.http.syncOnce();
    assertThat(a.screenings.latest(finalised.id())).contains(corrected);
  }

  private static java.util.UUID winner(ConflictDetail detail) {
    return detail.fields().get(0).candidates().stream()
        .filter(ConflictDetail.Candidate::provisionalWinner)
        .findFirst()
        .orElseThrow()
        .revisionId();
  }
}
