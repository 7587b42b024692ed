package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.replication.SyncVaults.Node;
import org.depder.store.OutboxEntry;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleManifest;
import org.depder.sync.bundle.ReceiptWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a vault must refuse, each with its reason, and with nothing applied or changed. */
class VaultSyncRefusalTest {
  @TempDir Path dir;

  private static ImportResult rejected(ImportRejection reason) {
    return new ImportResult.Rejected(reason);
  }

  @Test
  void aTamperedBundleIsRefusedAndNothingIsApplied() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(3);
    byte[] bytes = Files.readAllBytes(a.export("to-b.json").file());
    String text = new String(bytes, StandardCharsets.US_ASCII);
    int payload = text.indexOf("\"payload\":\"") + 11 + 40;
    bytes[payload] = (byte) (bytes[payload] == 'A' ? 'B' : 'A');
    Path tampered = Files.write(dir.resolve("tampered.json"), bytes);

    assertThat(b.importFile(tampered)).isEqualTo(rejected(ImportRejection.HASH_MISMATCH));

    assertThat(b.revisionCount()).isZero();
    assertThat(b.applied).isEmpty();
    assertThat(b.session().replication().inbound().accepted(a.id().value())).isEmpty();
    try (var files = Files.list(b.files)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("depder-receipt"));
    }
  }

  @Test
  void aBundleForAnotherDeviceIsRefused() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node c = vaults.node("c");
    c.pinAsServer(a);
    a.author(1);

    assertThat(c.importFile(a.export("to-b.json").file()))
        .isEqualTo(rejected(ImportRejection.WRONG_RECIPIENT));
    assertThat(c.revisionCount()).isZero();
  }

  @Test
  void bundlesFromUnknownOrRevokedSendersAreRefused() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(1);
    Path bundle = a.export("to-b.json").file();
    b.session().replication().peers().revoke(a.id().value());

    assertThat(b.importFile(bundle)).isEqualTo(rejected(ImportRejection.REVOKED_SENDER));
    assertThat(b.revisionCount()).isZero();

    Node c = vaults.node("c");
    assertThat(c.importFile(bundle)).isEqualTo(rejected(ImportRejection.UNKNOWN_SENDER));
    assertThat(c.revisionCount()).isZero();
  }

  @Test
  void aRevisionByAnUnpinnedDeviceRefusesTheWholeBundle() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(2);
    a.queue(new SyncVaults.Stranger().author(vaults.clock, 1));

    assertThat(b.importFile(a.export("to-b.json").file()))
        .isEqualTo(rejected(ImportRejection.BAD_REVISION));
    assertThat(b.revisionCount()).isZero();
    assertThat(b.applied).isEmpty();
    assertThat(b.session().replication().inbound().accepted(a.id().value())).isEmpty();
  }

  @Test
  void aRevisionOfADeviceTheServerRelaysAsRevokedDoesNotVerify() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node server = pair[0];
    Node b = pair[1];
    SyncVaults.Stranger d = new SyncVaults.Stranger();
    var keys = server.session().deviceKeys();
    server.queue(
        vaults.sign(
            server.id(), keys::sign, 1, BundleRevisions.DEVICE_KEY, i -> d.deviceKey(true)));
    server.queue(d.author(vaults.clock, 1));

    assertThat(b.importFile(server.export("relay.json").file()))
        .isEqualTo(rejected(ImportRejection.BAD_REVISION));
    assertThat(b.revisionCount()).isZero();
    assertThat(b.session().replication().peers().find(d.id().value())).isEmpty();
  }

  @Test
  void aDeviceKeyAuthoredByAnyoneButTheServerIsRefused() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    SyncVaults.Stranger d = new SyncVaults.Stranger();
    SyncVaults.Stranger e = new SyncVaults.Stranger();
    a.queue(
        SyncVaults.sign(
            d.id(),
            m -> org.depder.crypto.Ed25519.sign(d.signing.privateKey(), m),
            1,
            BundleRevisions.DEVICE_KEY,
            i -> e.deviceKey(false),
            vaults.clock));

    assertThat(b.importFile(a.export("to-b.json").file()))
        .isEqualTo(rejected(ImportRejection.BAD_REVISION));
    assertThat(b.session().replication().peers().find(e.id().value())).isEmpty();
  }

  @Test
  void aReceiptForABundleNeverSentIsNotOursAndChangesNothing() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node a = pair[0];
    Node b = pair[1];
    List<UUID> ids = a.author(1).stream().map(r -> r.revisionId()).toList();
    a.export("to-b.json");
    List<OutboxEntry> before = a.session().replication().outbox().pending();
    BundleManifest never =
        new BundleManifest(
            UUID.randomUUID(),
            a.id(),
            b.id(),
            1,
            Optional.empty(),
            SyncVaults.START,
            1,
            "sha256:" + "1".repeat(64));
    byte[] receipt =
        new ReceiptWriter(b.id(), b.session().deviceKeys()::sign, new SecureRandom(), vaults.clock)
            .write(never, "sha256:" + "2".repeat(64), List.of(ids.get(0).toString()), List.of())
            .bytes();
    Path file = Files.write(dir.resolve("forged-receipt.json"), receipt);

    assertThat(a.importFile(file)).isEqualTo(rejected(ImportRejection.RECEIPT_NOT_OURS));
    assertThat(a.session().replication().outbox().pending()).isEqualTo(before);
  }

  @Test
  void aReceiptWithAFlippedByteIsRefused() throws Exception {
    Node[] pair = new SyncVaults(dir).pair();
    Node a = pair[0];
    Node b = pair[1];
    a.author(1);
    var applied = (ImportResult.BundleApplied) b.importFile(a.export("to-b.json").file());
    String text = Files.readString(applied.receiptFile());
    Path bad = Files.writeString(dir.resolve("bad.json"), text.replace("\"seq\":1", "\"seq\":2"));

    assertThat(a.importFile(bad)).isEqualTo(rejected(ImportRejection.BAD_SIGNATURE));
    assertThat(a.sync.summary().sent()).isEqualTo(1);
  }

  @Test
  void filesThatAreNotDepderFilesOrTooLargeAreRefusedBeforeParsing() throws Exception {
    SyncVaults vaults = new SyncVaults(dir);
    Node[] pair = vaults.pair();
    Node b = pair[1];
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThat(b.importFile(text)).isEqualTo(rejected(ImportRejection.NOT_A_DEPDER_FILE));
    Path json = Files.writeString(dir.resolve("other.json"), "{\"manifest\": 1}");
    assertThat(b.importFile(json)).isInstanceOf(ImportResult.Rejected.class);

    BundleLimits small = new BundleLimits(0, 64 * 1024, 32 * 1024, 64 * 1024, 100, 4096);
    VaultSyncService strict =
        new VaultSyncService(
            b.vault::session,
            entities -> AppliedRevisionsListener.ApplyReport.NOTHING,
            vaults.clock,
            new SecureRandom(),
            small,
            Duration.ofDays(1));
    Path big = Files.write(dir.resolve("big.json"), new byte[64 * 1024 + 1]);
    assertThatThrownBy(() -> strict.importFile(big, b.files, ProgressListener.NONE))
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(Problem.FILE_TOO_LARGE);
    assertThatThrownBy(
            () -> strict.importFile(dir.resolve("missing.json"), b.files, ProgressListener.NONE))
        .extracting(e -> ((ReplicationException) e).problem())
        .isEqualTo(Problem.NOT_FOUND);
  }
}
