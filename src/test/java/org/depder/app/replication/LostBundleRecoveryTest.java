package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.depder.app.replication.SyncVaults.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle file lost on the way must not block its stream: the sender writes the same bundle again
 * (same seq, same bytes), the receiver applies it and releases the later bundles it held.
 */
class LostBundleRecoveryTest {
  private static final Duration LATER =
      VaultSyncService.DEFAULT_RESEND_AFTER.plus(Duration.ofMinutes(1));

  @TempDir Path dir;

  @Test
  void aLostBundleIsWrittenAgainAndReleasesTheBundlesHeldBehindIt() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    Path lostFile = a.export("1.json").file();
    byte[] lost = Files.readAllBytes(lostFile);
    Files.delete(lostFile);
    a.author(3);
    TransferResult second = a.export("2.json");
    assertThat(second.revisions()).isEqualTo(3);
    assertThat(b.importFile(second.file())).isEqualTo(new ImportResult.Held(1));
    assertThat(a.export("early.json").revisions()).isZero();

    vaults.clock.advance(LATER);
    TransferResult again = a.export("again.json");

    // Only the oldest overdue bundle, the one the receiver waits for, byte for byte.
    assertThat(again.files()).containsExactly(a.files.resolve("again.json"));
    assertThat(again.revisions()).isEqualTo(2);
    assertThat(Files.readAllBytes(again.file())).isEqualTo(lost);
    assertThat(a.session().replication().outbound().nextSeq(b.id().value())).isEqualTo(3);

    ImportResult applied = b.importFile(again.file());

    assertThat(applied).isInstanceOf(ImportResult.BundleApplied.class);
    assertThat(((ImportResult.BundleApplied) applied).applied()).isEqualTo(5);
    assertThat(b.revisionCount()).isEqualTo(5);
    assertThat(b.session().replication().inbound().held(a.id().value())).isEmpty();
    Path receipt1 = ((ImportResult.BundleApplied) applied).receiptFile();
    Path receipt2 = b.files.resolve("depder-receipt-" + a.id().value() + "-2.json");

    // The next export is bundle 2 again (also overdue): harmless, the receiver has it.
    TransferResult next = a.export("next.json");
    assertThat(Files.readAllBytes(next.file())).isEqualTo(Files.readAllBytes(second.file()));
    assertThat(b.importFile(next.file())).isEqualTo(new ImportResult.AlreadyApplied(receipt2));
    assertThat(b.revisionCount()).isEqualTo(5);

    assertThat(a.importFile(receipt1)).isEqualTo(new ImportResult.ReceiptApplied(2));
    assertThat(a.importFile(receipt2)).isEqualTo(new ImportResult.ReceiptApplied(3));
    assertThat(a.sync.outbox()).isEmpty();
    assertThat(keptCopies(a)).isEmpty();
    vaults.clock.advance(LATER);
    assertThat(a.export("nothing.json").revisions()).isZero();
  }

  @Test
  void anOverdueBundleGoesBeforeNewItemsWhichFollowWithTheNextExport() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    Files.delete(a.export("1.json").file());
    vaults.clock.advance(LATER);
    a.author(1);

    TransferResult resent = a.export("resent.json");
    TransferResult fresh = a.export("fresh.json");

    assertThat(resent.revisions()).isEqualTo(2);
    assertThat(fresh.revisions()).isEqualTo(1);
    assertThat(a.export("none.json").revisions()).isZero();
    assertThat(b.importFile(fresh.file())).isEqualTo(new ImportResult.Held(1));
    assertThat(((ImportResult.BundleApplied) b.importFile(resent.file())).applied()).isEqualTo(3);
    assertThat(b.revisionCount()).isEqualTo(3);
  }

  @Test
  void stuckItemsAreEveryUnacknowledgedBundleInSeqOrderThenOneNewBundle() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(1);
    Files.delete(a.export("1.json").file());
    a.author(2);
    Path second = a.export("2.json").file();
    a.author(1);
    assertThat(keptCopies(a)).hasSize(2);

    TransferResult stuck =
        a.sync.exportStuckItems(a.files.resolve("stuck.json"), ProgressListener.NONE);

    assertThat(stuck.files())
        .containsExactly(
            a.files.resolve("stuck.json"),
            a.files.resolve("stuck-2.json"),
            a.files.resolve("stuck-3.json"));
    assertThat(stuck.revisions()).isEqualTo(4);
    assertThat(stuck.bytes())
        .isEqualTo(
            Files.size(stuck.files().get(0))
                + Files.size(stuck.files().get(1))
                + Files.size(stuck.files().get(2)));
    assertThat(Files.readAllBytes(stuck.files().get(1))).isEqualTo(Files.readAllBytes(second));
    assertThat(keptCopies(a)).hasSize(3);

    // Any order works: the receiver holds what comes early and releases it when the gap fills.
    assertThat(b.importFile(stuck.files().get(2))).isEqualTo(new ImportResult.Held(1));
    assertThat(b.importFile(stuck.files().get(1))).isEqualTo(new ImportResult.Held(1));
    ImportResult applied = b.importFile(stuck.files().get(0));
    assertThat(((ImportResult.BundleApplied) applied).applied()).isEqualTo(4);
    assertThat(b.revisionCount()).isEqualTo(4);

    int acknowledged = 0;
    for (long seq = 1; seq <= 3; seq++) {
      Path receipt = b.files.resolve("depder-receipt-" + a.id().value() + "-" + seq + ".json");
      acknowledged += ((ImportResult.ReceiptApplied) a.importFile(receipt)).acknowledged();
    }
    assertThat(acknowledged).isEqualTo(4);
    assertThat(a.sync.outbox()).isEmpty();
    assertThat(keptCopies(a)).isEmpty();
    assertThat(a.sync.exportStuckItems(a.files.resolve("none.json"), ProgressListener.NONE).files())
        .isEmpty();
  }

  @Test
  void aFailedWriteKeepsNoCopyAndTheSameSeqIsUsedNext() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    a.author(2);
    Path notADirectory = Files.writeString(a.files.resolve("plain-file"), "x");

    assertThatThrownBy(
            () -> a.sync.exportBundle(notADirectory.resolve("x.json"), ProgressListener.NONE))
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(ReplicationException.Problem.WRITE_FAILED);

    assertThat(keptCopies(a)).isEmpty();
    assertThat(a.export("ok.json").revisions()).isEqualTo(2);
    assertThat(keptCopies(a)).hasSize(1);
  }

  private static List<String> keptCopies(Node node) throws Exception {
    return node.session().records().findIds(OutboundCopies.ENTITY_TYPE);
  }
}
