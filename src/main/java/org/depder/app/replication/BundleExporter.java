package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.vault.DeviceKeys;
import org.depder.app.vault.ReplicationStores;
import org.depder.crypto.Ed25519;
import org.depder.store.OutboxState;
import org.depder.store.Peer;
import org.depder.store.StuckItem;
import org.depder.sync.bundle.BundleFormatException;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleWriter;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;

/**
 * Writes the outbox to a bundle file for the server (docs/sync-usb.md). The ledger and outbox are
 * updated only after the file is durably on disk and has been read back and verified, so a failed
 * write changes nothing: the same items go into the next export under the same seq.
 *
 * <p>One file holds at most {@link BundleLimits#maxItems()} revisions, oldest first; if they do not
 * fit the size limits the batch is halved until it does. What is left waits for the next export.
 */
final class BundleExporter {
  private final BundleLimits limits;
  private final SecureRandom random;
  private final Clock clock;
  private final Duration resendAfter;

  BundleExporter(BundleLimits limits, SecureRandom random, Clock clock, Duration resendAfter) {
    this.limits = limits;
    this.random = random;
    this.clock = clock;
    this.resendAfter = resendAfter;
  }

  /**
   * @param everything every unacknowledged item ("export stuck items"); otherwise pending and
   *     failed items, and sent items whose bundle has had no receipt for {@code resendAfter}
   */
  TransferResult export(
      ReplicationStores stores,
      DeviceKeys keys,
      Path target,
      boolean everything,
      ProgressListener progress)
      throws ReplicationException {
    Peer server = VaultSyncService.server(stores).orElseThrow(() -> notEnrolled());
    progress.progress(Phase.COLLECTING, 0, 0);
    List<StuckItem> items = select(stores.outbox().stuckItems(), everything);
    progress.progress(Phase.COLLECTING, items.size(), items.size());
    if (items.isEmpty()) {
      return new TransferResult(target, 0, 0);
    }
    DeviceId self = DeviceId.ofSigningKey(keys.signingPublicKey());
    DeviceId recipient = new DeviceId(server.deviceId());
    long seq = stores.outbound().nextSeq(server.deviceId());
    Optional<String> prev =
        stores.outbound().last(server.deviceId()).map(b -> ManifestHashes.toText(b.manifestHash()));
    BundleWriter writer = new BundleWriter(self, keys::sign, random, clock, limits);

    progress.progress(Phase.SEALING, 0, items.size());
    int count = Math.min(items.size(), limits.maxItems());
    WrittenBundle bundle = null;
    while (bundle == null) {
      List<ObjectNode> nodes = new ArrayList<>(count);
      for (StuckItem item : items.subList(0, count)) {
        nodes.add(BundleRevisions.item(item.revision().entry().signedRevision()));
      }
      try {
        bundle = writer.write(recipient, server.agreementKey(), seq, prev, nodes);
      } catch (BundleFormatException e) {
        if (count == 1) {
          throw new ReplicationException(Problem.STORE_FAILED, e);
        }
        count = (count + 1) / 2;
      }
    }
    progress.progress(Phase.SEALING, count, items.size());

    byte[] bytes = bundle.bytes();
    progress.progress(Phase.WRITING, 0, bytes.length);
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException | RuntimeException e) {
      throw new ReplicationException(Problem.WRITE_FAILED, e);
    } catch (AtomicFiles.VerifyException e) {
      throw new ReplicationException(Problem.VERIFY_AFTER_WRITE_FAILED, e);
    }
    progress.progress(Phase.WRITING, bytes.length, bytes.length);
    progress.progress(Phase.CHECKING, 0, 1);
    if (!verifies(target, bundle, keys.signingPublicKey())) {
      deleteQuietly(target);
      throw new ReplicationException(Problem.VERIFY_AFTER_WRITE_FAILED);
    }
    progress.progress(Phase.CHECKING, 1, 1);

    List<UUID> ids = items.subList(0, count).stream().map(i -> i.entry().revisionId()).toList();
    try {
      stores
          .outbound()
          .recordSent(
              server.deviceId(),
              seq,
              bundle.manifest().bundleId(),
              ManifestHashes.toBytes(bundle.manifestHash()),
              ids);
    } catch (RuntimeException e) {
      // Unrecorded, the file must not travel: its seq would be used again for other content.
      deleteQuietly(target);
      throw new ReplicationException(Problem.STORE_FAILED, e);
    }
    return new TransferResult(target, count, bytes.length);
  }

  private List<StuckItem> select(List<StuckItem> all, boolean everything) {
    long staleBefore = clock.millis() - resendAfter.toMillis();
    return all.stream()
        .filter(
            i ->
                everything
                    || i.entry().state() != OutboxState.SENT
                    || i.entry().updatedAt() <= staleBefore)
        .toList();
  }

  /**
   * Reads the file as written and checks what a receiver checks first: the manifest is the one we
   * signed, the signature verifies with our own key, and the payload has the manifest's hash.
   */
  static boolean verifies(Path file, WrittenBundle bundle, byte[] ownSigningKey) {
    try {
      byte[] back = Files.readAllBytes(file);
      if (!Arrays.equals(back, bundle.bytes())) {
        return false;
      }
      JsonNode outer = StrictJsonParser.parse(back);
      JsonNode manifestNode = outer.path("manifest");
      JsonNode signatureNode = outer.path("signature");
      JsonNode payloadNode = outer.path("payload");
      if (!manifestNode.isObject() || !signatureNode.isTextual() || !payloadNode.isTextual()) {
        return false;
      }
      byte[] manifest = CanonicalJson.encode(manifestNode);
      if (!Arrays.equals(manifest, bundle.manifest().canonicalBytes())) {
        return false;
      }
      byte[] signature = Base64.getUrlDecoder().decode(signatureNode.textValue());
      byte[] payload = Base64.getUrlDecoder().decode(payloadNode.textValue());
      String payloadHash =
          "sha256:"
              + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
      return Ed25519.verify(ownSigningKey, manifest, signature)
          && payloadHash.equals(bundle.manifest().payloadHash());
    } catch (IOException
        | CanonicalJsonException
        | IllegalArgumentException
        | NoSuchAlgorithmException e) {
      return false;
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing better to do; the caller reports the original failure.
    }
  }

  private static ReplicationException notEnrolled() {
    return new ReplicationException(Problem.NOT_ENROLLED);
  }
}
