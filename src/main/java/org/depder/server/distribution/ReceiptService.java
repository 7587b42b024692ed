package org.depder.server.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.CustodyNotice;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.OutboundBundle;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.ServerTransaction;
import org.depder.server.core.StoredRevision;
import org.depder.server.ingest.BundleRefusedException;
import org.depder.server.ingest.PushResult;
import org.depder.server.keys.ServerKeys;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.ItemRejection;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.bundle.Receipt;
import org.depder.sync.bundle.ReceiptOutcome;
import org.depder.sync.bundle.ReceiptReader;
import org.depder.sync.bundle.RejectionReason;
import org.depder.sync.revision.DeviceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's signed receipt for a bundle of the server's stream: verified with {@link
 * ReceiptReader}, matched to the exact bundle by manifest hash, and recorded in one transaction.
 * Accepted and refused items count as held (refused ones are never resent); a receipt that lists a
 * custody revision moves that transfer to its next phase. Recording the same receipt twice changes
 * nothing.
 */
public final class ReceiptService implements Receipts {
  private static final Logger log = LoggerFactory.getLogger(ReceiptService.class);

  private final ServerStore store;
  private final ServerKeys keys;
  private final ServerRevisions serverRevisions;
  private final BundleLimits limits;
  private final Clock clock;

  public ReceiptService(
      ServerStore store,
      ServerKeys keys,
      ServerRevisions serverRevisions,
      BundleLimits limits,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.serverRevisions = Objects.requireNonNull(serverRevisions, "serverRevisions");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ReceiptRecorded receive(byte[] receiptBytes) {
    return store.transaction(tx -> receive(tx, receiptBytes));
  }

  private ReceiptRecorded receive(ServerTransaction tx, byte[] bytes) {
    ReceiptOutcome outcome = new ReceiptReader(keys.id(), peers(tx), limits).read(bytes);
    if (outcome instanceof ReceiptOutcome.Rejected rejected) {
      throw refused(rejected.reason());
    }
    Receipt receipt = ((ReceiptOutcome.Valid) outcome).receipt();
    DeviceId device = receipt.sender();
    DistributionStore d = tx.distribution();
    d.lockDevice(device);
    OutboundBundle bundle =
        d.outbound(device, receipt.seq())
            .filter(b -> b.manifestHash().equals(receipt.bundleManifestHash()))
            .orElseThrow(() -> new ServerException(ErrorCode.RECEIPT_MISMATCH));
    if (bundle.receipted()) {
      return new ReceiptRecorded(device, receipt.seq(), false);
    }
    Instant now = clock.instant();
    Set<String> sent = new HashSet<>(d.outboundItems(device, receipt.seq()));
    Set<String> accepted = new HashSet<>();
    for (String id : receipt.accepted()) {
      if (sent.contains(id)) {
        held(d, device, id, false, now);
        accepted.add(id);
      }
    }
    for (ItemRejection r : receipt.rejected()) {
      if (sent.contains(r.id())) {
        held(d, device, r.id(), true, now);
      }
    }
    d.markReceipted(device, receipt.seq(), now);
    advanceCustody(tx, device, accepted, now);
    tx.appendAudit(
        now,
        new AuditEvent(
            device.value(),
            "receipt.recorded",
            receipt.bundleId().toString(),
            "seq="
                + receipt.seq()
                + " accepted="
                + receipt.accepted().size()
                + " rejected="
                + receipt.rejected().size()));
    log.info("Receipt for bundle seq {} recorded from {}", receipt.seq(), device);
    return new ReceiptRecorded(device, receipt.seq(), true);
  }

  private static void held(
      DistributionStore d, DeviceId device, String id, boolean refused, Instant now) {
    d.revision(id).ifPresent(r -> d.markHeld(device, id, r.entityId(), refused, now));
  }

  /** transferring acknowledged → write released; released acknowledged → the device purged. */
  private void advanceCustody(
      ServerTransaction tx, DeviceId device, Set<String> accepted, Instant now) {
    DistributionStore d = tx.distribution();
    for (CustodyNotice n : d.openCustody(device)) {
      if (n.state() == CustodyNotice.State.TRANSFERRING
          && accepted.contains(n.transferringRevision())) {
        String type = d.assignedType(n.entityId()).orElseThrow();
        String custodyId = ServerRevisions.custodyEntity(device, type, n.entityId()).toString();
        StoredRevision released =
            serverRevisions.custody(
                device,
                type,
                n.entityId(),
                "released",
                d.revisionsOf(ServerRevisions.CUSTODY, custodyId));
        tx.ingest().storeRevision(released, now);
        d.updateCustody(n.released(released.revisionId()));
      } else if (n.state() == CustodyNotice.State.RELEASED
          && n.releasedRevision().filter(accepted::contains).isPresent()) {
        d.forget(device, n.entityId());
        d.updateCustody(n.purged());
        tx.appendAudit(
            now, new AuditEvent(keys.id().value(), "custody.purged", n.entityId(), "by=" + device));
      }
    }
  }

  private static ServerException refused(RejectionReason reason) {
    return switch (reason) {
      case UNKNOWN_SENDER -> new ServerException(ErrorCode.DEVICE_UNKNOWN);
      case REVOKED_SENDER -> new ServerException(ErrorCode.DEVICE_REVOKED);
      case OVERSIZE -> new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
      default ->
          new BundleRefusedException(
              new PushResult.Refused(reason.name(), ErrorCode.RECEIPT_REJECTED));
    };
  }

  private static PeerDirectory peers(ServerTransaction tx) {
    return id ->
        tx.device(id)
            .map(
                dev ->
                    new PeerDirectory.Peer(
                        dev.id(), dev.keys().signing(), dev.keys().agreement(), !dev.active()));
  }
}
