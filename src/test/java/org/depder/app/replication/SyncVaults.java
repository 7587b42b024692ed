package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.X25519;
import org.depder.domain.UuidV7;
import org.depder.store.PeerKind;
import org.depder.store.RevisionEntry;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.HybridLogicalClock;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionAuthor;
import org.depder.sync.revision.RevisionSigner;
import org.depder.sync.revision.SignedRevision;

/**
 * Real vaults in a temporary directory, each with a {@link VaultSyncService} and a listener that
 * records what it is told. Revisions are authored here with the revision layer directly (local
 * authoring is another service's job) and queued with the outbox.
 */
final class SyncVaults {
  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  private static final UUID USER = UUID.fromString("0190a3c2-7b1e-7000-8000-00000000a11c");

  final MutableClock clock = new MutableClock(START);
  private final Path dir;

  SyncVaults(Path dir) {
    this.dir = dir;
  }

  /** A vault, its sync service and the entity sets its listener received. */
  final class Node {
    final LocalVaultService vault;
    final VaultSyncService sync;
    final List<java.util.Set<EntityRef>> applied = new ArrayList<>();
    final Path files;

    Node(String name) throws Exception {
      files = Files.createDirectories(dir.resolve(name));
      vault = TestVaults.created(files.resolve("vault.depder"), clock);
      sync =
          new VaultSyncService(
              vault::session,
              entities -> {
                applied.add(entities);
                return AppliedRevisionsListener.ApplyReport.NOTHING;
              },
              clock,
              new SecureRandom());
    }

    VaultSession session() throws VaultException {
      return vault.session();
    }

    DeviceId id() throws VaultException {
      return DeviceId.ofSigningKey(session().deviceKeys().signingPublicKey());
    }

    /** Pins {@code other} as this vault's server (two vaults paired directly). */
    void pinAsServer(Node other) throws VaultException {
      var keys = other.session().deviceKeys();
      session()
          .replication()
          .peers()
          .pin(
              other.id().value(),
              keys.signingPublicKey(),
              keys.agreementPublicKey(),
              PeerKind.SERVER);
    }

    /** {@code n} new person revisions authored and signed here, queued in the outbox. */
    List<RevisionEntry> author(int n) throws VaultException {
      var keys = session().deviceKeys();
      return queue(sign(id(), keys::sign, n, "person", i -> Map.of("note", text("n" + i))));
    }

    List<RevisionEntry> queue(List<RevisionEntry> entries) throws VaultException {
      session().replication().outbox().enqueue(entries);
      return entries;
    }

    long revisionCount() throws VaultException {
      return session().replication().revisions().count();
    }

    ImportResult importFile(Path file) throws ReplicationException {
      return sync.importFile(file, files, ProgressListener.NONE);
    }

    TransferResult export(String name) throws ReplicationException {
      return sync.exportBundle(files.resolve(name), ProgressListener.NONE);
    }
  }

  Node node(String name) throws Exception {
    return new Node(name);
  }

  /** Two vaults that pin each other as their "server". */
  Node[] pair() throws Exception {
    Node a = node("a");
    Node b = node("b");
    a.pinAsServer(b);
    b.pinAsServer(a);
    return new Node[] {a, b};
  }

  /** A device known to nobody: its own keys, outside any vault. */
  static final class Stranger {
    final KeyPairMaterial signing = new Ed25519(new SecureRandom()).generateKeyPair();
    final KeyPairMaterial agreement = new X25519(new SecureRandom()).generateKeyPair();

    DeviceId id() {
      return DeviceId.ofSigningKey(signing.publicKey());
    }

    List<RevisionEntry> author(MutableClock clock, int n) {
      return SyncVaults.sign(
          id(),
          m -> Ed25519.sign(signing.privateKey(), m),
          n,
          "person",
          i -> Map.of("note", text("s" + i)),
          clock);
    }

    /** A server-authored revision relaying this device's keys. */
    Map<String, JsonNode> deviceKey(boolean revoked) {
      Map<String, JsonNode> changes = new LinkedHashMap<>();
      changes.put("signingKey", text(b64(signing.publicKey())));
      changes.put("agreementKey", text(b64(agreement.publicKey())));
      changes.put("revoked", BooleanNode.valueOf(revoked));
      return changes;
    }
  }

  List<RevisionEntry> sign(
      DeviceId device,
      Function<byte[], byte[]> signer,
      int n,
      String type,
      Function<Integer, Map<String, JsonNode>> changes) {
    return sign(device, signer, n, type, changes, clock);
  }

  static List<RevisionEntry> sign(
      DeviceId device,
      Function<byte[], byte[]> signer,
      int n,
      String type,
      Function<Integer, Map<String, JsonNode>> changes,
      MutableClock clock) {
    RevisionAuthor author =
        new RevisionAuthor(
            device,
            new HybridLogicalClock(clock, HybridLogicalClock.DEFAULT_MAX_DRIFT),
            new UuidV7());
    RevisionSigner sign = new RevisionSigner(device, signer);
    List<RevisionEntry> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Revision r = author.create(USER, type, changes.apply(i), 1);
      SignedRevision signed = sign.sign(r);
      entries.add(BundleRevisions.entry(signed));
    }
    return entries;
  }

  static TextNode text(String s) {
    return TextNode.valueOf(s);
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
