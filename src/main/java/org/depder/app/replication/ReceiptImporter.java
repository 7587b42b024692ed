package org.depder.app.replication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.vault.ReplicationStores;
import org.depder.app.vault.VaultSession;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.ItemRejection;
import org.depder.sync.bundle.Receipt;
import org.depder.sync.bundle.ReceiptOutcome;
import org.depder.sync.bundle.ReceiptReader;
import org.depder.sync.revision.DeviceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a receipt file (docs/sync-usb.md section 3): only an authentic receipt for a bundle this
 * vault recorded as sent to its signer acknowledges anything; items the receiver refused are marked
 * failed with its reason and go again with the next export.
 */
final class ReceiptImporter {
  private static final Logger log = LoggerFactory.getLogger(ReceiptImporter.class);

  private final BundleLimits limits;

  ReceiptImporter(BundleLimits limits) {
    this.limits = limits;
  }

  ImportResult importReceipt(VaultSession session, byte[] bytes, ProgressListener progress) {
    ReplicationStores stores = session.replication();
    DeviceId self = DeviceId.ofSigningKey(session.deviceKeys().signingPublicKey());
    progress.progress(Phase.VERIFYING, 0, 1);
    ReceiptOutcome outcome =
        new ReceiptReader(self, new VaultPeerDirectory(stores.peers()), limits).read(bytes);
    progress.progress(Phase.VERIFYING, 1, 1);
    if (outcome instanceof ReceiptOutcome.Rejected rejected) {
      log.info("Receipt refused: {}", rejected.reason());
      return new ImportResult.Rejected(VaultSyncService.rejection(rejected.reason()));
    }
    Receipt receipt = ((ReceiptOutcome.Valid) outcome).receipt();
    String peer = receipt.sender().value();
    boolean ours =
        stores.outbound().bundles(peer).stream()
            .anyMatch(
                b ->
                    b.bundleId().equals(receipt.bundleId())
                        && b.seq() == receipt.seq()
                        && ManifestHashes.toText(b.manifestHash())
                            .equals(receipt.bundleManifestHash()));
    if (!ours) {
      log.info("Receipt for bundle seq {} refused: not a bundle sent here", receipt.seq());
      return new ImportResult.Rejected(ImportRejection.RECEIPT_NOT_OURS);
    }
    progress.progress(Phase.APPLYING, 0, receipt.accepted().size());
    int acknowledged =
        stores.outbound().recordReceipt(peer, receipt.bundleId(), uuids(receipt.accepted())).size();
    // The bundle arrived: its kept bytes are not needed any more. Should this fail, the next
    // export drops the copy of every acknowledged bundle.
    try {
      new OutboundCopies(session.records()).forget(receipt.bundleId());
    } catch (RuntimeException e) {
      log.warn(
          "Kept copy of bundle seq {} not deleted: {}",
          receipt.seq(),
          e.getClass().getSimpleName());
    }
    for (ItemRejection r : receipt.rejected()) {
      uuid(r.id())
          .ifPresent(id -> stores.outbox().recordFailure(List.of(id), failureCode(r.reason())));
    }
    progress.progress(Phase.APPLYING, receipt.accepted().size(), receipt.accepted().size());
    log.info("Receipt for bundle seq {} acknowledged {} revisions", receipt.seq(), acknowledged);
    return new ImportResult.ReceiptApplied(acknowledged);
  }

  /** {@code rejected.<reason>}, within the outbox's 64-character reason codes. */
  private static String failureCode(String reason) {
    String code = "rejected." + reason.toLowerCase(Locale.ROOT);
    return code.length() <= 64 ? code : "rejected.other";
  }

  private static List<UUID> uuids(List<String> ids) {
    return ids.stream().map(ReceiptImporter::uuid).flatMap(Optional::stream).toList();
  }

  private static Optional<UUID> uuid(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      return uuid.toString().equals(id) ? Optional.of(uuid) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
