package org.depder.server.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.CustodyNotice;
import org.depder.server.core.Device;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.Holder;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.StoredRevision;
import org.depder.sync.revision.DeviceId;

/**
 * Transfers an entity to another holder (issue 6, item 6), in two phases for the former holders:
 * the assignment moves at once (the new holder's devices receive the entity's revisions at their
 * next pull), and each device that held the entity gets its own server-signed {@code custody}
 * record (the client's contract, docs/replication.md 7.4) with {@code state = transferring}; only
 * after that device's receipt lists it does the server write {@code state = released}, on which the
 * device purges the entity.
 */
public final class Custody {
  private final ServerStore store;
  private final ServerRevisions revisions;
  private final Clock clock;

  public Custody(ServerStore store, ServerRevisions revisions, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.revisions = Objects.requireNonNull(revisions, "revisions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Moves {@code entityId} to {@code to}; returns how many devices must purge it. Moving an entity
   * to the holder it already has changes nothing and returns 0.
   */
  public int transfer(String entityId, Holder to, String actor) {
    Instant now = clock.instant();
    return store.transaction(
        tx -> {
          DistributionStore d = tx.distribution();
          Holder from =
              d.holder(entityId).orElseThrow(() -> new ServerException(ErrorCode.ENTITY_UNKNOWN));
          if (to.device().isPresent()
              && tx.device(to.device().get()).filter(Device::active).isEmpty()) {
            throw new ServerException(ErrorCode.DEVICE_UNKNOWN);
          }
          if (from.equals(to)) {
            return 0;
          }
          d.reassign(entityId, to, now);
          List<DeviceId> former =
              d.holdersOf(entityId).stream()
                  .filter(id -> tx.device(id).map(dev -> !to.covers(dev)).orElse(false))
                  .toList();
          String type = d.assignedType(entityId).orElseThrow();
          for (DeviceId device : former) {
            String custodyId = ServerRevisions.custodyEntity(device, type, entityId).toString();
            StoredRevision transferring =
                revisions.custody(
                    device,
                    type,
                    entityId,
                    "transferring",
                    d.revisionsOf(ServerRevisions.CUSTODY, custodyId));
            tx.ingest().storeRevision(transferring, now);
            d.addCustody(
                new CustodyNotice(
                    device,
                    entityId,
                    transferring.revisionId(),
                    java.util.Optional.empty(),
                    CustodyNotice.State.TRANSFERRING),
                now);
          }
          tx.appendAudit(
              now,
              new AuditEvent(
                  actor,
                  "entity.transferred",
                  entityId,
                  "from=" + from.wire() + " to=" + to.wire() + " former=" + former.size()));
          return former.size();
        });
  }
}
