package org.depder.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.depder.app.vault.MutableClock;
import org.depder.server.admin.AdminService;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ErrorCode;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.keys.ServerKeyFile;
import org.depder.server.keys.ServerKeys;
import org.depder.server.testing.InMemoryServerStore;
import org.depder.server.testing.TestDevice;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.bundle.Receipt;
import org.depder.sync.bundle.ReceiptOutcome;
import org.depder.sync.bundle.ReceiptReader;
import org.depder.sync.bundle.WrittenBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Level 1: ingest over a fake store, with real bundles and real signed revisions. */
class IngestServiceTest {
  @TempDir java.nio.file.Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final InMemoryServerStore store = new InMemoryServerStore();
  private final AdminService admin = new AdminService(store, new SecureRandom(), clock);
  private final TestDevice laptop = new TestDevice();
  private ServerKeys keys;
  private IngestService ingest;

  @BeforeEach
  void enrol() {
    keys = ServerKeyFile.loadOrCreate(dir, new SecureRandom(), clock);
    new EnrolmentService(
            store,
            new org.depder.server.enrol.ServerIdentity(
                keys.id(), keys.publicKeys(), "ab".repeat(32)),
            new AttemptLimiter(5, Duration.ofMinutes(1), clock),
            clock)
        .enrol(
            laptop.request(
                admin.issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1)).code()),
            "src");
    ingest = new IngestService(store, keys, BundleLimits.V1, new SecureRandom(), clock);
  }

  @AfterEach
  void close() {
    keys.close();
  }

  private WrittenBundle bundle(long seq, Optional<String> prev, List<ObjectNode> items) {
    return laptop.bundle(keys.id(), keys.publicKeys().agreement(), seq, prev, items);
  }

  private Receipt receipt(PushResult result) {
    assertThat(result).isInstanceOf(PushResult.Applied.class);
    PeerDirectory serverAsPeer =
        id ->
            id.equals(keys.id())
                ? Optional.of(
                    PeerDirectory.Peer.of(
                        keys.publicKeys().signing(), keys.publicKeys().agreement(), false))
                : Optional.empty();
    ReceiptOutcome outcome =
        new ReceiptReader(laptop.id(), serverAsPeer, BundleLimits.V1)
            .read(((PushResult.Applied) result).receipt());
    assertThat(outcome).isInstanceOf(ReceiptOutcome.Valid.class);
    return ((ReceiptOutcome.Valid) outcome).receipt();
  }

  private long revisions() {
    return store.transaction(tx -> tx.ingest().revisionCount());
  }

  @Test
  void aBundleIsAppliedOnceAndARetryGetsTheSameReceipt() {
    ObjectNode a = laptop.revision("screening", 1_000);
    ObjectNode b = laptop.revision("person", 1_001);
    WrittenBundle first = bundle(1, Optional.empty(), List.of(a, b));

    PushResult applied = ingest.push(first.bytes());
    PushResult again = ingest.push(first.bytes());

    Receipt receipt = receipt(applied);
    assertThat(receipt.accepted())
        .containsExactlyInAnyOrder(a.path("revisionId").asText(), b.path("revisionId").asText());
    assertThat(receipt.rejected()).isEmpty();
    assertThat(receipt.seq()).isEqualTo(1);
    assertThat(((PushResult.Applied) again).receipt())
        .isEqualTo(((PushResult.Applied) applied).receipt());
    assertThat(revisions()).isEqualTo(2);
    assertThat(admin.audit().entries())
        .extracting(e -> e.event().action())
        .containsOnlyOnce("bundle.accepted");
    assertThat(admin.audit().intact()).isTrue();
  }

  @Test
  void anEarlyBundleIsHeldAndAppliedWhenItsPredecessorArrives() {
    WrittenBundle one = bundle(1, Optional.empty(), List.of(laptop.revision("screening", 1)));
    WrittenBundle two =
        bundle(2, Optional.of(one.manifestHash()), List.of(laptop.revision("screening", 2)));
    WrittenBundle three =
        bundle(3, Optional.of(two.manifestHash()), List.of(laptop.revision("screening", 3)));
    ingest.push(one.bytes());

    PushResult held = ingest.push(three.bytes());
    assertThat(held).isEqualTo(new PushResult.Held(2));
    assertThat(revisions()).isEqualTo(1);

    receipt(ingest.push(two.bytes()));
    assertThat(revisions()).isEqualTo(3);
    assertThat(receipt(ingest.push(three.bytes())).seq()).isEqualTo(3);
  }

  @Test
  void aRevisionWithABadSignatureIsListedAsRejectedAndTheRestApplied() {
    ObjectNode good = laptop.revision("screening", 1);
    ObjectNode forged = laptop.revision("screening", 2);
    forged.put("entityType", "referral");

    Receipt receipt =
        receipt(ingest.push(bundle(1, Optional.empty(), List.of(good, forged)).bytes()));

    assertThat(receipt.accepted()).containsExactly(good.path("revisionId").asText());
    assertThat(receipt.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(forged.path("revisionId").asText());
              assertThat(r.reason()).isEqualTo("BAD_SIGNATURE");
            });
    assertThat(revisions()).isEqualTo(1);
  }

  @Test
  void revokedUnknownAndTamperedSendersAreRefusedAndNothingIsStored() {
    WrittenBundle fine = bundle(1, Optional.empty(), List.of(laptop.revision("screening", 1)));
    byte[] tampered = fine.bytes().clone();
    tampered[tampered.length / 2] ^= 1;
    TestDevice stranger = new TestDevice();

    assertThat(ingest.push(tampered))
        .isInstanceOfSatisfying(
            PushResult.Refused.class, r -> assertThat(r.code()).isIn(ErrorCode.BUNDLE_REJECTED));
    assertThat(
            ingest.push(
                stranger
                    .bundle(
                        keys.id(),
                        keys.publicKeys().agreement(),
                        1,
                        Optional.empty(),
                        List.of(stranger.revision("screening", 1)))
                    .bytes()))
        .isEqualTo(new PushResult.Refused("UNKNOWN_SENDER", ErrorCode.DEVICE_UNKNOWN));
    admin.revoke(laptop.id());
    assertThat(ingest.push(fine.bytes()))
        .isEqualTo(new PushResult.Refused("REVOKED_SENDER", ErrorCode.DEVICE_REVOKED));
    assertThat(revisions()).isZero();
  }

  @Test
  void aLargeBundleCheckedInParallelKeepsItsOrderAndRejectsEachBadRevision() {
    TestDevice stranger = new TestDevice();
    List<ObjectNode> items = new java.util.ArrayList<>();
    List<String> expectedAccepted = new java.util.ArrayList<>();
    List<String> expectedRejected = new java.util.ArrayList<>();
    for (int i = 0; i < RevisionChecks.PARALLEL_FROM * 3; i++) {
      ObjectNode item;
      if (i % 7 == 3) {
        item = laptop.revision("screening", i);
        item.put("entityType", "referral");
        expectedRejected.add(item.path("revisionId").asText() + " BAD_SIGNATURE");
      } else if (i % 11 == 5) {
        item = stranger.revision("person", i);
        expectedRejected.add(item.path("revisionId").asText() + " UNKNOWN_DEVICE");
      } else if (i == 20) {
        item = laptop.revision("person", i);
        item.remove("hlc");
        expectedRejected.add(item.path("revisionId").asText() + " MALFORMED_REVISION");
      } else {
        item = laptop.revision(i % 2 == 0 ? "person" : "screening", i);
        expectedAccepted.add(item.path("revisionId").asText());
      }
      items.add(item);
    }

    Receipt receipt = receipt(ingest.push(bundle(1, Optional.empty(), items).bytes()));

    assertThat(receipt.accepted()).containsExactlyElementsOf(expectedAccepted);
    assertThat(receipt.rejected())
        .extracting(r -> r.id() + " " + r.reason())
        .containsExactlyElementsOf(expectedRejected);
    assertThat(revisions()).isEqualTo(expectedAccepted.size());
  }
}
