package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.replication.SyncVaults.Node;
import org.depder.store.OutboxEntry;
import org.depder.store.OutboxState;
import org.depder.store.RevisionEntry;
import org.depder.store.RevisionOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real vaults exchanging bundles and receipts by file, as over a USB stick. */
class VaultSyncServiceTest {
  @TempDir Path dir;

  @Test
  void aBundleTravelsAndItsReceiptEmptiesTheSendersOutbox() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    List<RevisionEntry> authored = a.author(3);
    List<ProgressListener.Phase> phases = new ArrayList<>();

    TransferResult exported =
        a.sync.exportBundle(
            a.files.resolve("to-b.json"), (phase, done, total) -> phases.add(phase));

    assertThat(exported.revisions()).isEqualTo(3);
    assertThat(exported.bytes()).isEqualTo(Files.size(exported.file()));
    assertThat(phases)
        .contains(
            ProgressListener.Phase.COLLECTING,
            ProgressListener.Phase.SEALING,
            ProgressListener.Phase.WRITING,
            ProgressListener.Phase.CHECKING);
    assertThat(a.sync.summary().sent()).isEqualTo(3);
    assertThat(a.sync.summary().lastExport()).contains(SyncVaults.START);
    assertThat(a.sync.outbox()).extracting(OutboxItem::state).containsOnly(OutboxItem.State.SENT);
    assertThat(Files.list(a.files).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.endsWith(".part"));

    ImportResult imported = b.importFile(exported.file());

    assertThat(imported).isInstanceOf(ImportResult.BundleApplied.class);
    ImportResult.BundleApplied applied = (ImportResult.BundleApplied) imported;
    assertThat(applied.applied()).isEqualTo(3);
    assertThat(applied.alreadyHad()).isZero();
    assertThat(b.revisionCount()).isEqualTo(3);
    for (RevisionEntry r : authored) {
      var stored = b.session().replication().revisions().find(r.revisionId()).orElseThrow();
      assertThat(stored.origin()).isEqualTo(RevisionOrigin.REMOTE);
      assertThat(stored.entry()).isEqualTo(r);
    }
    assertThat(b.applied)
        .containsExactly(
            authored.stream()
                .map(r -> new EntityRef(r.entityType(), r.entityId()))
                .collect(Collectors.toSet()));
    assertThat(b.sync.summary().lastImport()).isPresent();

    ImportResult receipt = a.importFile(applied.receiptFile());

    assertThat(receipt).isEqualTo(new ImportResult.ReceiptApplied(3));
    assertThat(a.sync.outbox()).isEmpty();
    assertThat(a.session().replication().outbox().pending()).isEmpty();
    SyncSummary summary = a.sync.summary();
    assertThat(summary.pending() + summary.sent() + summary.failed()).isZero();
    assertThat(summary.serverPinned()).isTrue();
    assertThat(summary.lastImport()).isPresent();
    assertThat(a.importFile(applied.receiptFile())).isEqualTo(new ImportResult.ReceiptApplied(0));
  }

  @Test
  void theSameBundleTwiceIsAppliedOnceAndAnsweredWithAReceiptAgain() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    Path bundle = a.export("to-b.json").file();
    ImportResult.BundleApplied first = (ImportResult.BundleApplied) b.importFile(bundle);
    Files.delete(first.receiptFile());

    ImportResult again = b.importFile(bundle);

    assertThat(again).isEqualTo(new ImportResult.AlreadyApplied(first.receiptFile()));
    assertThat(b.revisionCount()).isEqualTo(2);
    assertThat(b.applied).hasSize(1);
    assertThat(a.importFile(first.receiptFile())).isEqualTo(new ImportResult.ReceiptApplied(2));
    assertThat(a.sync.outbox()).isEmpty();
  }

  @Test
  void aLaterBundleIsHeldUntilTheEarlierArrivesThenBothApply() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    Path first = a.export("1.json").file();
    a.author(3);
    TransferResult second = a.export("2.json");
    assertThat(second.revisions()).isEqualTo(3);

    assertThat(b.importFile(second.file())).isEqualTo(new ImportResult.Held(1));
    assertThat(b.importFile(second.file())).isEqualTo(new ImportResult.Held(1));
    assertThat(b.revisionCount()).isZero();
    assertThat(b.applied).isEmpty();

    ImportResult result = b.importFile(first);

    assertThat(result).isInstanceOf(ImportResult.BundleApplied.class);
    assertThat(((ImportResult.BundleApplied) result).applied()).isEqualTo(5);
    assertThat(b.revisionCount()).isEqualTo(5);
    assertThat(b.session().replication().inbound().held(a.id().value())).isEmpty();
    Path receipt2 = b.files.resolve("depder-receipt-" + a.id().value() + "-2.json");
    assertThat(receipt2).exists();
    assertThat(a.importFile(receipt2)).isEqualTo(new ImportResult.ReceiptApplied(3));
    assertThat(a.importFile(((ImportResult.BundleApplied) result).receiptFile()))
        .isEqualTo(new ImportResult.ReceiptApplied(2));
    assertThat(a.sync.outbox()).isEmpty();
    assertThat(b.importFile(second.file())).isEqualTo(new ImportResult.AlreadyApplied(receipt2));
  }

  @Test
  void sentItemsWaitForTheirReceiptThenGoAgainAndStuckItemsCanAlwaysBeExported() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    Path first = a.export("1.json").file();

    TransferResult nothing = a.export("none.json");
    assertThat(nothing.revisions()).isZero();
    assertThat(nothing.file()).doesNotExist();

    TransferResult stuck =
        a.sync.exportStuckItems(a.files.resolve("stuck.json"), ProgressListener.NONE);
    assertThat(stuck.revisions()).isEqualTo(2);

    vaults.clock.advance(VaultSyncService.DEFAULT_RESEND_AFTER.plus(Duration.ofMinutes(1)));
    assertThat(a.export("3.json").revisions()).isEqualTo(2);

    // Sent items go again as the same bundle, byte for byte (docs/sync-usb.md section 2).
    assertThat(Files.readAllBytes(stuck.file())).isEqualTo(Files.readAllBytes(first));
    ImportResult.BundleApplied applied = (ImportResult.BundleApplied) b.importFile(first);
    ImportResult again = b.importFile(stuck.file());
    assertThat(again).isEqualTo(new ImportResult.AlreadyApplied(applied.receiptFile()));
    assertThat(b.revisionCount()).isEqualTo(2);
    assertThat(b.applied).hasSize(1);
  }

  @Test
  void aFailedWriteLeavesTheOutboxAsItWas() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    a.author(2);
    List<OutboxEntry> before = a.session().replication().outbox().pending();
    Path notADirectory = Files.writeString(a.files.resolve("plain-file"), "x");

    assertThatThrownBy(
            () -> a.sync.exportBundle(notADirectory.resolve("to-b.json"), ProgressListener.NONE))
        .isInstanceOf(ReplicationException.class)
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(Problem.WRITE_FAILED);

    assertThat(a.session().replication().outbox().pending()).isEqualTo(before);
    assertThat(before).extracting(OutboxEntry::state).containsOnly(OutboxState.PENDING);
    assertThat(a.session().replication().outbound().nextSeq(pair[1].id().value())).isEqualTo(1);
    assertThat(a.export("to-b.json").revisions()).isEqualTo(2);
  }

  @Test
  void aBundleIsNotAppliedWhenItsReceiptCannotBeWritten() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    Path bundle = a.export("to-b.json").file();
    Path notADirectory = Files.writeString(b.files.resolve("plain-file"), "x");

    assertThatThrownBy(() -> b.sync.importFile(bundle, notADirectory, ProgressListener.NONE))
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(Problem.WRITE_FAILED);

    assertThat(b.revisionCount()).isZero();
    assertThat(b.session().replication().inbound().accepted(a.id().value())).isEmpty();
    assertThat(b.importFile(bundle)).isInstanceOf(ImportResult.BundleApplied.class);
  }

  @Test
  void withoutAServerNothingCanBeExported() throws Exception {
    Node lone = new SyncVaults(dir).node("lone");
    lone.author(1);

    assertThatThrownBy(() -> lone.export("x.json"))
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(Problem.NOT_ENROLLED);
    assertThat(lone.sync.summary().serverPinned()).isFalse();
    assertThat(lone.sync.summary().pending()).isEqualTo(1);
    assertThat(lone.sync.outbox())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.entityType()).isEqualTo("person");
              assertThat(item.state()).isEqualTo(OutboxItem.State.PENDING);
            });
  }

  @Test
  void aLockedVaultIsReportedAsSuch() throws Exception {
    Node lone = new SyncVaults(dir).node("lone");
    lone.vault.lock();

    assertThatThrownBy(lone.sync::summary)
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(Problem.VAULT_LOCKED);
  }

  @Test
  void relayedDeviceKeysFromTheServerArePinnedBeforeTheirRevisionsAreVerified() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node server = pair[0];
    Node b = pair[1];
    SyncVaults.Stranger d = new SyncVaults.Stranger();
    var keys = server.session().deviceKeys();
    server.queue(
        vaults.sign(
            server.id(), keys::sign, 1, BundleRevisions.DEVICE_KEY, i -> d.deviceKey(false)));
    server.queue(d.author(vaults.clock, 2));

    ImportResult result = b.importFile(server.export("relay.json").file());

    assertThat(result).isInstanceOf(ImportResult.BundleApplied.class);
    assertThat(b.revisionCount()).isEqualTo(3);
    var pinned = b.session().replication().peers().find(d.id().value()).orElseThrow();
    assertThat(pinned.kind()).isEqualTo(org.depder.store.PeerKind.DEVICE);
    assertThat(pinned.revoked()).isFalse();
    assertThat(b.applied.get(0)).extracting(EntityRef::entityType).contains("device_key", "person");
  }

  @Test
  void receiptFilesAreNamedBySenderAndSeq() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    pair[0].author(1);
    var applied = (ImportResult.BundleApplied) pair[1].importFile(pair[0].export("x.json").file());
    assertThat(applied.receiptFile().getFileName().toString())
        .isEqualTo("depder-receipt-" + pair[0].id().value() + "-1.json");
    assertThat(Set.of(applied.receiptFile().getParent())).containsExactly(pair[1].files);
  }
}
