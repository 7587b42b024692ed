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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.vault.DeviceKeys;
import org.depder.app.vault.ReplicationStores;
import org.depder.crypto.Ed25519;
import org.depder.store.OutboundBundle;
import org.depder.store.OutboxState;
import org.depder.store.Peer;
import org.depder.store.StuckItem;
import org.depder.sync.bundle.BundleFormatException;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleWriter;
import org.depder.sync.bundle.RejectionReason;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;

/**
 * Writes the outbox to bundle files for the server (docs/sync-usb.md section 2). The ledger and
 * outbox are updated only after a file is durably on disk and has been read back and verified, so a
 * failed write changes nothing: the same items go into the next export under the same seq.
 *
 * <p>A bundle keeps its seq for life. Its exact bytes are kept ({@link OutboundCopies}) until its
 * receipt comes, and re-sending writes those bytes again: the receiver holds every later bundle
 * until the missing seq arrives, so old items under a new seq would never unblock it. Items that
 * were never in an unacknowledged bundle go into one new bundle, written last.
 *
 * <p>A new bundle holds at most {@link BundleLimits#maxItems()} revisions, oldest first; if they do
 * not fit the size limits (or could not be kept) the batch is halved until it does. What is left
 * waits for the next export.
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
   * Writes the first file to {@code target} and any further ones beside it ({@link #fileFor}), in
   * seq order: first the unacknowledged bundles to write again, then one new bundle.
   *
   * @param everything "export stuck items": every unacknowledged bundle again whatever its age,
   *     then one new bundle of every unacknowledged item not in one of them; otherwise exactly one
   *     file: the oldest bundle that has waited {@code resendAfter} for its receipt if there is
   *     one, else a new bundle of the pending and failed items
   */
  TransferResult export(
      ReplicationStores stores,
      OutboundCopies copies,
      DeviceKeys keys,
      Path target,
      boolean everything,
      ProgressListener progress)
      throws ReplicationException {
    Peer server = VaultSyncService.server(stores).orElseThrow(() -> notEnrolled());
    progress.progress(Phase.COLLECTING, 0, 0);
    Set<UUID> unacknowledged = new HashSet<>();
    for (Peer peer : stores.peers().all()) {
      for (OutboundBundle b : stores.outbound().bundles(peer.deviceId())) {
        if (b.state() == OutboundBundle.State.SENT) {
          unacknowledged.add(b.bundleId());
        }
      }
    }
    copies.retainOnly(unacknowledged);
    Set<UUID> kept = copies.ids();
    long staleBefore = clock.millis() - resendAfter.toMillis();
    List<OutboundBundle> waiting =
        stores.outbound().bundles(server.deviceId()).stream()
            .filter(b -> b.state() == OutboundBundle.State.SENT && kept.contains(b.bundleId()))
            .toList();
    Set<UUID> waitingIds = new HashSet<>();
    waiting.forEach(b -> waitingIds.add(b.bundleId()));
    List<OutboundBundle> resend =
        waiting.stream().filter(b -> everything || b.updatedAt() <= staleBefore).toList();
    List<StuckItem> items;
    if (everything || resend.isEmpty()) {
      items = select(stores.outbox().stuckItems(), everything, waitingIds, staleBefore);
    } else {
      // One file per ordinary export: the oldest overdue bundle, which is what blocks the
      // receiver; callers that push each written file (HttpSync) simply export again.
      resend = resend.subList(0, 1);
      items = List.of();
    }
    progress.progress(Phase.COLLECTING, items.size(), items.size());
    if (resend.isEmpty() && items.isEmpty()) {
      return new TransferResult(target, 0, 0);
    }

    List<Path> files = new ArrayList<>();
    int revisions = 0;
    long bytes = 0;
    for (OutboundBundle b : resend) {
      Path file = fileFor(target, files.size());
      byte[] copy =
          copies
              .find(b.bundleId())
              .orElseThrow(() -> new ReplicationException(Problem.STORE_FAILED));
      write(file, copy, progress);
      stores.outbound().recordResent(server.deviceId(), b.bundleId());
      files.add(file);
      revisions += b.revisionCount();
      bytes += copy.length;
    }
    if (!items.isEmpty()) {
      Path file = fileFor(target, files.size());
      WrittenBundle bundle = writeNew(stores, copies, keys, server, file, items, progress);
      files.add(file);
      revisions += bundle.manifest().count();
      bytes += bundle.bytes().length;
    }
    return new TransferResult(files.get(0), revisions, bytes, files);
  }

  /** A new bundle of the oldest {@code items} (as many as fit), kept, written and recorded. */
  private WrittenBundle writeNew(
      ReplicationStores stores,
      OutboundCopies copies,
      DeviceKeys keys,
      Peer server,
      Path target,
      List<StuckItem> items,
      ProgressListener progress)
      throws ReplicationException {
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
        if (bundle.bytes().length > OutboundCopies.MAX_BYTES) {
          bundle = null;
          throw new BundleFormatException(RejectionReason.OVERSIZE);
        }
      } catch (BundleFormatException e) {
        if (count == 1) {
          throw new ReplicationException(Problem.STORE_FAILED, e);
        }
        count = (count + 1) / 2;
      }
    }
    progress.progress(Phase.SEALING, count, items.size());

    // Kept before the file exists, so a bundle can never travel without its copy; a copy whose
    // bundle is never recorded is dropped by the next export (OutboundCopies.retainOnly).
    UUID bundleId = bundle.manifest().bundleId();
    copies.keep(bundleId, seq, bundle.bytes());
    try {
      write(target, bundle.bytes(), progress);
      progress.progress(Phase.CHECKING, 0, 1);
      if (!verifies(target, bundle, keys.signingPublicKey())) {
        deleteQuietly(target);
        throw new ReplicationException(Problem.VERIFY_AFTER_WRITE_FAILED);
      }
      progress.progress(Phase.CHECKING, 1, 1);
    } catch (ReplicationException e) {
      copies.forget(bundleId);
      throw e;
    }

    List<UUID> ids = items.subList(0, count).stream().map(i -> i.entry().revisionId()).toList();
    try {
      stores
          .outbound()
          .recordSent(
              server.deviceId(), seq, bundleId, ManifestHashes.toBytes(bundle.manifestHash()), ids);
    } catch (RuntimeException e) {
      // Unrecorded, the file must not travel: its seq would be used again for other content.
      deleteQuietly(target);
      copies.forget(bundleId);
      throw new ReplicationException(Problem.STORE_FAILED, e);
    }
    return bundle;
  }

  /** Writes {@code bytes} atomically to {@code file} and reads them back. */
  private static void write(Path file, byte[] bytes, ProgressListener progress)
      throws ReplicationException {
    progress.progress(Phase.WRITING, 0, bytes.length);
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException | RuntimeException e) {
      throw new ReplicationException(Problem.WRITE_FAILED, e);
    } catch (AtomicFiles.VerifyException e) {
      throw new ReplicationException(Problem.VERIFY_AFTER_WRITE_FAILED, e);
    }
    progress.progress(Phase.WRITING, bytes.length, bytes.length);
  }

  /**
   * The {@code index}th file of one export: {@code target} itself, then {@code name-2.ext}, {@code
   * name-3.ext}... beside it.
   */
  static Path fileFor(Path target, int index) {
    if (index == 0) {
      return target;
    }
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String suffix = "-" + (index + 1);
    String sibling =
        dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
    return target.resolveSibling(sibling);
  }

  /**
   * Items for a new bundle: never those of a kept, unacknowledged bundle (that bundle is written
   * again instead). A sent item whose bundle was not kept (made before bundles were kept) goes
   * again once it has waited {@code resendAfter}, or always for "export stuck items".
   */
  private static List<StuckItem> select(
      List<StuckItem> all, boolean everything, Set<UUID> waiting, long staleBefore) {
    return all.stream()
        .filter(
            i ->
                i.entry().state() != OutboxState.SENT
                    || i.entry().bundleId().filter(waiting::contains).isEmpty())
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
