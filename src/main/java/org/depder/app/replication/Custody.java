package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.VaultSession;
import org.depder.store.EntityState;
import org.depder.store.Peer;
import org.depder.store.PeerKind;
import org.depder.store.PurgeOutcome;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.FieldState;
import org.depder.sync.revision.MergedEntity;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionVerifier;
import org.depder.sync.revision.SignedRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Need to know (issue 5 item 9, docs/replication.md "In the client"): the server tells a device
 * that an entity was transferred away with revisions of entity type {@value #ENTITY_TYPE}, and the
 * device then removes the entity. Only custody revisions signed by a pinned, unrevoked server
 * count; the purge never deletes a local revision that has not been acknowledged (it is deferred
 * instead and retried on every apply).
 */
public final class Custody {
  /** The entity type of custody records. */
  public static final String ENTITY_TYPE = "custody";

  /** Fields of a custody record. */
  public static final String FIELD_ENTITY_TYPE = "entityType";

  public static final String FIELD_ENTITY_ID = "entityId";
  public static final String FIELD_HOLDER = "holder";
  public static final String FIELD_STATE = "state";

  /** The server is handing the entity to someone else; the holder keeps it for now. */
  public static final String TRANSFERRING = "transferring";

  /**
   * The holder's receipt for the bundle that carried {@link #TRANSFERRING} reached the server: the
   * holder removes the entity.
   */
  public static final String RELEASED = "released";

  private static final Logger LOG = LoggerFactory.getLogger(Custody.class);

  private Custody() {}

  /**
   * The id of the custody record of one entity on one holder: a name-based (version 3) UUID of
   * {@code depder-custody-v1|<holder device id>|<entity type>|<entity id>}, so the server and the
   * device name the same record without asking each other.
   */
  public static UUID custodyId(DeviceId holder, String entityType, UUID entityId) {
    return UUID.nameUUIDFromBytes(
        ("depder-custody-v1|" + holder.value() + "|" + entityType + "|" + entityId)
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Acts on the custody record {@code ref}: purges the entity it names if it was released from this
   * device.
   *
   * @return 1 if an entity was purged now, else 0
   */
  static int apply(VaultSession session, EntityProjectors projectors, EntityRef ref)
      throws ReplicationException {
    Optional<MergedEntity> record = serverSigned(session, ref);
    if (record.isEmpty()) {
      return 0;
    }
    Optional<String> state = settledText(record.get(), FIELD_STATE);
    Optional<String> holder = settledText(record.get(), FIELD_HOLDER);
    Optional<String> type = settledText(record.get(), FIELD_ENTITY_TYPE);
    Optional<UUID> entityId = settledText(record.get(), FIELD_ENTITY_ID).flatMap(Custody::uuid);
    DeviceId self = DeviceId.ofSigningKey(session.deviceKeys().signingPublicKey());
    if (state.isEmpty() || holder.isEmpty() || type.isEmpty() || entityId.isEmpty()) {
      return 0;
    }
    if (!holder.get().equals(self.value()) || !RELEASED.equals(state.get())) {
      return 0;
    }
    EntityRef held = new EntityRef(type.get(), entityId.get());
    if (ENTITY_TYPE.equals(held.entityType())
        || !custodyId(self, held.entityType(), held.entityId()).equals(ref.entityId())) {
      LOG.warn("Custody record {} names another entity than its id; ignored", ref.entityId());
      return 0;
    }
    return purge(session, projectors, held) == PurgeOutcome.PURGED ? 1 : 0;
  }

  /**
   * Retries the purges deferred because local revisions were not acknowledged yet.
   *
   * @return how many entities were purged now
   */
  static int retryDeferred(VaultSession session, EntityProjectors projectors)
      throws ReplicationException {
    List<EntityState> deferred;
    try {
      deferred = session.entityStates().deferredPurges();
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
    int purged = 0;
    for (EntityState state : deferred) {
      EntityRef ref = new EntityRef(state.entityType(), state.entityId());
      if (purge(session, projectors, ref) == PurgeOutcome.PURGED) {
        purged++;
      }
    }
    return purged;
  }

  /** Purges (or defers purging) one entity: revisions and read-model records, in one step. */
  static PurgeOutcome purge(VaultSession session, EntityProjectors projectors, EntityRef entity)
      throws ReplicationException {
    Optional<EntityProjector> projector = projectors.find(entity.entityType());
    Set<String> records =
        projector.isPresent() ? projector.get().recordIds(session, entity.entityId()) : Set.of();
    PurgeOutcome outcome;
    try {
      outcome = session.entityStates().purge(entity.entityType(), entity.entityId(), records);
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
    if (outcome == PurgeOutcome.DEFERRED) {
      LOG.info(
          "Purge of transferred entity {} deferred: local changes wait for a receipt",
          entity.entityId());
    } else {
      LOG.info("Transferred entity {} purged with {} records", entity.entityId(), records.size());
    }
    return outcome;
  }

  /** The custody record merged from the revisions a pinned, unrevoked server signed. */
  private static Optional<MergedEntity> serverSigned(VaultSession session, EntityRef ref)
      throws ReplicationException {
    RevisionVerifier verifier =
        new RevisionVerifier(
            device -> {
              Optional<Peer> peer = session.replication().peers().find(device.value());
              return peer.filter(p -> p.kind() == PeerKind.SERVER && !p.revoked())
                  .map(Peer::signingKey);
            });
    List<Revision> trusted = new ArrayList<>();
    for (SignedRevision signed : EntityHistory.signed(session, ref)) {
      if (verifier.check(signed).isEmpty()) {
        trusted.add(signed.revision());
      } else {
        LOG.warn(
            "Custody revision {} is not signed by the server; ignored",
            signed.revision().revisionId());
      }
    }
    return EntityHistory.merge(trusted);
  }

  private static Optional<String> settledText(MergedEntity record, String field) {
    FieldState state = record.fields().get(field);
    if (!(state instanceof FieldState.Settled settled)) {
      return Optional.empty();
    }
    JsonNode value = settled.value();
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
