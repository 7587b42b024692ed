package org.depder.server.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * Distribution by need to know, inside one transaction: who holds each entity, which revisions each
 * device holds, the server's outbound bundle stream per device, and custody transfers.
 */
public interface DistributionStore {
  /** Serialises stream work for one device across server nodes (a row lock on its device row). */
  void lockDevice(DeviceId device);

  Optional<Holder> holder(String entityId);

  /** Records the first holder of a new entity; an entity already assigned keeps its holder. */
  void assignIfAbsent(String entityId, String entityType, Holder holder, Instant at);

  Optional<String> assignedType(String entityId);

  void reassign(String entityId, Holder holder, Instant at);

  /** Records that {@code device} holds (or refused) a revision; repeating it changes nothing. */
  void markHeld(DeviceId device, String revisionId, String entityId, boolean refused, Instant at);

  boolean holds(DeviceId device, String revisionId);

  /**
   * Revisions of entities held by {@code post} or by {@code device} that the device does not hold,
   * oldest hybrid time first, at most {@code limit}.
   */
  List<StoredRevision> pendingAssigned(DeviceId device, String post, int limit);

  /** Entities of {@code entityType} of which the device holds at least one revision. */
  List<String> heldEntities(DeviceId device, String entityType);

  /** Devices holding (or about to receive, in an unreceipted bundle) a revision of the entity. */
  List<DeviceId> holdersOf(String entityId);

  /** Forgets what {@code device} held of the entity: it purged it. */
  void forget(DeviceId device, String entityId);

  Optional<StoredRevision> revision(String revisionId);

  /** Every revision of the entity the server holds, in hybrid time order. */
  List<StoredRevision> revisionsOf(String entityType, String entityId);

  long lastOutboundSeq(DeviceId device);

  Optional<OutboundBundle> outbound(DeviceId device, long seq);

  void recordOutbound(DeviceId device, OutboundBundle bundle, List<String> revisionIds, Instant at);

  List<String> outboundItems(DeviceId device, long seq);

  void markReceipted(DeviceId device, long seq, Instant at);

  void addCustody(CustodyNotice notice, Instant at);

  /** The device's custody notices not yet purged. */
  List<CustodyNotice> openCustody(DeviceId device);

  void updateCustody(CustodyNotice notice);
}
