package org.depder.server.distribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.CustodyNotice;
import org.depder.server.core.Device;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.OutboundBundle;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.ServerTransaction;
import org.depder.server.core.StoredRevision;
import org.depder.server.keys.ServerKeys;
import org.depder.sync.bundle.BundleFormatException;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleWriter;
import org.depder.sync.bundle.RejectionReason;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the server's stream to each device (issue 6, items 3 and 6): one bundle at a time, signed
 * by the server and sealed to the device, holding what the device should have and does not. A
 * bundle is stored when written and served unchanged until the device's receipt names it; only then
 * is the next one composed, so the stream never forks and a retry is always the same bytes.
 */
public final class PullService implements Pull {
  /** Entity revisions per bundle: about 600 KB of JSON, well inside BundleLimits.V1. */
  public static final int BATCH = 1_000;

  private static final Logger log = LoggerFactory.getLogger(PullService.class);

  private final ServerStore store;
  private final ServerKeys keys;
  private final ServerRevisions serverRevisions;
  private final BundleWriter writer;
  private final Clock clock;

  public PullService(
      ServerStore store,
      ServerKeys keys,
      ServerRevisions serverRevisions,
      BundleLimits limits,
      SecureRandom random,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.serverRevisions = Objects.requireNonNull(serverRevisions, "serverRevisions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = new BundleWriter(keys.id(), keys::sign, random, clock, limits);
  }

  @Override
  public PullResult pull(DeviceId device, long after) {
    return store.transaction(tx -> pull(tx, device, after));
  }

  /** The next bundle for a device that cannot say what it has applied (the USB post). */
  public PullResult next(DeviceId device) {
    return store.transaction(
        tx -> {
          DistributionStore d = tx.distribution();
          d.lockDevice(device);
          long last = d.lastOutboundSeq(device);
          boolean open = last > 0 && !d.outbound(device, last).orElseThrow().receipted();
          return pull(tx, device, open ? last - 1 : last);
        });
  }

  PullResult pull(ServerTransaction tx, DeviceId id, long after) {
    Device device = tx.device(id).orElseThrow(() -> new ServerException(ErrorCode.DEVICE_UNKNOWN));
    if (!device.active()) {
      throw new ServerException(ErrorCode.DEVICE_REVOKED);
    }
    DistributionStore d = tx.distribution();
    d.lockDevice(id);
    long last = d.lastOutboundSeq(id);
    if (after < 0 || after > last) {
      throw new ServerException(ErrorCode.BAD_CURSOR, "cursor beyond the stream");
    }
    if (after < last) {
      return served(d.outbound(id, after + 1).orElseThrow());
    }
    Optional<OutboundBundle> previous = last == 0 ? Optional.empty() : d.outbound(id, last);
    if (previous.isPresent() && !previous.get().receipted()) {
      throw new ServerException(ErrorCode.RECEIPT_REQUIRED, "bundle not yet receipted");
    }
    List<StoredRevision> items = compose(tx, device, BATCH);
    if (items.isEmpty()) {
      return new PullResult.UpToDate(last);
    }
    WrittenBundle written = write(device, last + 1, previous, items);
    Instant now = clock.instant();
    OutboundBundle bundle =
        new OutboundBundle(last + 1, written.manifestHash(), written.bytes(), false);
    List<String> ids = items.stream().map(StoredRevision::revisionId).toList();
    d.recordOutbound(id, bundle, ids, now);
    tx.appendAudit(
        now,
        new AuditEvent(
            keys.id().value(),
            "bundle.sent",
            written.manifest().bundleId().toString(),
            "to=" + id.value() + " seq=" + bundle.seq() + " items=" + ids.size()));
    log.info("Bundle seq {} written for {} with {} items", bundle.seq(), id, ids.size());
    return served(bundle);
  }

  private static PullResult served(OutboundBundle b) {
    return new PullResult.Bundle(b.seq(), b.bytes());
  }

  /**
   * Custody notices first, then the keys of every device whose revisions follow (so the laptop can
   * verify them), then updates of keys it already holds, then entity revisions.
   */
  List<StoredRevision> compose(ServerTransaction tx, Device device, int batch) {
    DistributionStore d = tx.distribution();
    Map<String, StoredRevision> items = new LinkedHashMap<>();
    for (CustodyNotice n : d.openCustody(device.id())) {
      String next =
          n.state() == CustodyNotice.State.TRANSFERRING
              ? n.transferringRevision()
              : n.releasedRevision().orElseThrow();
      if (!d.holds(device.id(), next)) {
        d.revision(next).ifPresent(r -> items.put(r.revisionId(), r));
      }
    }
    List<StoredRevision> entities = d.pendingAssigned(device.id(), device.post(), batch);
    Set<DeviceId> authors = new LinkedHashSet<>();
    entities.forEach(r -> authors.add(r.device()));
    authors.remove(device.id());
    authors.remove(keys.id());
    DeviceKeys deviceKeys = new DeviceKeys(tx, serverRevisions, clock.instant());
    for (DeviceId author : authors) {
      StoredRevision key = deviceKeys.current(author);
      if (!d.holds(device.id(), key.revisionId())) {
        items.put(key.revisionId(), key);
      }
    }
    for (StoredRevision update : deviceKeys.updatesFor(device.id())) {
      items.putIfAbsent(update.revisionId(), update);
    }
    entities.forEach(r -> items.putIfAbsent(r.revisionId(), r));
    return new ArrayList<>(items.values());
  }

  /**
   * Drops the second half of {@code items} until the bundle fits the limits (a few very large
   * revisions).
   */
  private WrittenBundle write(
      Device device, long seq, Optional<OutboundBundle> previous, List<StoredRevision> items) {
    while (true) {
      try {
        return writer.write(
            device.id(),
            device.keys().agreement(),
            seq,
            previous.map(OutboundBundle::manifestHash),
            items.stream().map(PullService::json).toList());
      } catch (BundleFormatException e) {
        if (e.reason() != RejectionReason.OVERSIZE || items.size() == 1) {
          throw new ServerException(ErrorCode.INTERNAL, "cannot write a bundle: " + e.reason());
        }
        items.subList(items.size() / 2, items.size()).clear();
      }
    }
  }

  private static ObjectNode json(StoredRevision r) {
    return (ObjectNode) StrictJsonParser.parse(r.signedJson().getBytes(StandardCharsets.UTF_8));
  }
}
