package org.depder.server.ingest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.Holder;
import org.depder.server.core.ServerStore;
import org.depder.server.core.ServerTransaction;
import org.depder.server.core.StoredRevision;
import org.depder.server.keys.ServerKeys;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleOutcome;
import org.depder.sync.bundle.BundleReader;
import org.depder.sync.bundle.ItemRejection;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.bundle.ReceiptWriter;
import org.depder.sync.bundle.RejectionReason;
import org.depder.sync.bundle.SignedReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one pushed bundle in one database transaction (issue 6, item 5): the bundle reader
 * verifies sender, recipient, signature, payload hash and sequence before anything is opened; each
 * revision is then verified on its own and stored unless its id is already known (idempotent); the
 * accepted bundle, its signed receipt and an audit row are written in the same transaction. A retry
 * of an applied bundle gets the same receipt; an early bundle is held; held successors are released
 * in the same transaction.
 */
public final class IngestService implements Ingest {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  /** Entity types only the server authors (docs/sync-api.md): refused from devices. */
  private static final java.util.Set<String> SERVER_TYPES =
      java.util.Set.of("device_key", "custody");

  private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private final ServerStore store;
  private final ServerKeys keys;
  private final BundleLimits limits;
  private final ReceiptWriter receipts;
  private final Clock clock;

  public IngestService(
      ServerStore store, ServerKeys keys, BundleLimits limits, SecureRandom random, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.receipts = new ReceiptWriter(keys.id(), keys::sign, random, clock);
  }

  @Override
  public PushResult push(byte[] bundle) {
    return store.transaction(tx -> push(tx, bundle));
  }

  private PushResult push(ServerTransaction tx, byte[] bundle) {
    Instant now = clock.instant();
    BundleReader reader =
        new BundleReader(
            keys.id(), keys::open, peers(tx), new LedgerAdapter(tx.ingest(), now), limits);
    BundleOutcome outcome = reader.read(bundle);
    if (outcome instanceof BundleOutcome.Accepted accepted) {
      SignedReceipt receipt = apply(tx, reader, accepted, now);
      releaseHeld(tx, reader, accepted, now);
      return new PushResult.Applied(receipt.bytes());
    }
    if (outcome instanceof BundleOutcome.AlreadyApplied again) {
      return new PushResult.Applied(again.receipt());
    }
    if (outcome instanceof BundleOutcome.Held held) {
      return new PushResult.Held(held.missingSeq());
    }
    RejectionReason reason = ((BundleOutcome.Rejected) outcome).reason();
    log.warn("Bundle refused: {}", reason);
    return new PushResult.Refused(reason.name(), codeFor(reason));
  }

  private SignedReceipt apply(
      ServerTransaction tx, BundleReader reader, BundleOutcome.Accepted bundle, Instant now) {
    List<String> accepted = new ArrayList<>();
    List<ItemRejection> rejected = new ArrayList<>();
    Device sender = tx.device(bundle.manifest().sender()).orElseThrow();
    Holder senderPost = Holder.post(sender.post());
    int fresh = 0;
    for (RevisionChecks.Checked checked :
        RevisionChecks.check(
            bundle.items(),
            device -> tx.device(device).filter(Device::active).map(d -> d.keys().signing()))) {
      if (checked.failure() != null) {
        reject(rejected, checked.id(), checked.failure().name());
        continue;
      }
      StoredRevision stored = checked.stored();
      if (SERVER_TYPES.contains(stored.entityType())) {
        reject(rejected, checked.id(), "SERVER_ENTITY_TYPE");
        continue;
      }
      if (tx.ingest().storeRevision(stored, now)) {
        fresh++;
      }
      DistributionStore distribution = tx.distribution();
      distribution.assignIfAbsent(stored.entityId(), stored.entityType(), senderPost, now);
      distribution.markHeld(sender.id(), stored.revisionId(), stored.entityId(), false, now);
      accepted.add(stored.revisionId());
    }
    SignedReceipt receipt =
        receipts.write(bundle.manifest(), bundle.manifestHash(), accepted, rejected);
    reader.commit(bundle, receipt.bytes());
    tx.appendAudit(
        now,
        new AuditEvent(
            sender.id().value(),
            "bundle.accepted",
            bundle.manifest().bundleId().toString(),
            "seq="
                + bundle.manifest().seq()
                + " accepted="
                + accepted.size()
                + " new="
                + fresh
                + " rejected="
                + rejected.size()));
    log.info(
        "Bundle seq {} from {} applied: {} accepted, {} rejected",
        bundle.manifest().seq(),
        sender.id(),
        accepted.size(),
        rejected.size());
    return receipt;
  }

  private void releaseHeld(
      ServerTransaction tx, BundleReader reader, BundleOutcome.Accepted last, Instant now) {
    Optional<byte[]> next = reader.nextHeld(last.manifest().sender());
    while (next.isPresent()) {
      BundleOutcome outcome = reader.read(next.get());
      if (!(outcome instanceof BundleOutcome.Accepted accepted)) {
        return;
      }
      apply(tx, reader, accepted, now);
      next = reader.nextHeld(accepted.manifest().sender());
    }
  }

  private static ErrorCode codeFor(RejectionReason reason) {
    return switch (reason) {
      case UNKNOWN_SENDER -> ErrorCode.DEVICE_UNKNOWN;
      case REVOKED_SENDER -> ErrorCode.DEVICE_REVOKED;
      case OVERSIZE, DECOMPRESSION_LIMIT -> ErrorCode.PAYLOAD_TOO_LARGE;
      default -> ErrorCode.BUNDLE_REJECTED;
    };
  }

  private static void reject(List<ItemRejection> rejected, String id, String reason) {
    if (ITEM_ID.matcher(id).matches() && rejected.stream().noneMatch(r -> r.id().equals(id))) {
      rejected.add(new ItemRejection(id, reason));
    }
  }

  private static PeerDirectory peers(ServerTransaction tx) {
    return id ->
        tx.device(id)
            .map(
                d ->
                    new PeerDirectory.Peer(
                        d.id(), d.keys().signing(), d.keys().agreement(), !d.active()));
  }
}
