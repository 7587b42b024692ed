package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.vault.ReplicationClock;
import org.depder.app.vault.VaultSession;
import org.depder.domain.UuidV7;
import org.depder.store.InsertOutcome;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.MergedEntity;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionAuthor;
import org.depder.sync.revision.RevisionSigner;
import org.depder.sync.revision.SignedRevision;

/**
 * Records the changes made on this device as signed revisions (docs/replication.md, "In the
 * client"): the author is the user who unlocked, the parents are the entity's current heads, the
 * time comes from the vault's hybrid logical clock, and the revision is stored and queued for the
 * server in one transaction. The entity's read model and conflict flag follow.
 *
 * <p>Every method needs an unlocked vault and writes to disk: call it from a background task.
 */
public final class RevisionLog {
  /** The schema version of changes when the caller names none. */
  public static final int FIRST_SCHEMA_VERSION = 1;

  private final VaultSessions sessions;
  private final EntityProjectors projectors;
  private final UuidV7 ids;

  /**
   * Local changes are made one at a time: two threads revising one entity at once would otherwise
   * build on the same heads and put this device in conflict with itself.
   */
  private final Object writing = new Object();

  public RevisionLog(VaultSessions sessions, EntityProjectors projectors, UuidV7 ids) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.projectors = Objects.requireNonNull(projectors, "projectors");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** A new entity with a fresh id, made by one revision writing {@code changes}. */
  public EntityRef create(String entityType, Map<String, JsonNode> changes)
      throws ReplicationException {
    return create(entityType, changes, FIRST_SCHEMA_VERSION);
  }

  public EntityRef create(String entityType, Map<String, JsonNode> changes, int schemaVersion)
      throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    synchronized (writing) {
      ReplicationClock clock = session.replicationClock();
      Revision revision =
          author(session, clock).create(authorId(session), entityType, changes, schemaVersion);
      record(session, clock, List.of(), revision);
      return new EntityRef(revision.entityType(), revision.entityId());
    }
  }

  /** Changes {@code changes} of an existing entity on top of everything this device has of it. */
  public void revise(EntityRef entity, Map<String, JsonNode> changes) throws ReplicationException {
    revise(entity, changes, FIRST_SCHEMA_VERSION);
  }

  /**
   * @throws ReplicationException {@code NOT_FOUND} when the vault holds no revision of it (never
   *     created here, not received, or purged)
   */
  public void revise(EntityRef entity, Map<String, JsonNode> changes, int schemaVersion)
      throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    synchronized (writing) {
      List<Revision> history = EntityHistory.revisions(session, entity);
      MergedEntity current =
          EntityHistory.merge(history)
              .orElseThrow(() -> new ReplicationException(ReplicationException.Problem.NOT_FOUND));
      ReplicationClock clock = session.replicationClock();
      // revise() observes the latest time of the parents, so the new reading sorts after them.
      Revision revision =
          author(session, clock).revise(authorId(session), current, changes, schemaVersion);
      record(session, clock, history, revision);
    }
  }

  /**
   * Writes {@code changes} to the entity with this id: on top of its heads if the vault holds it,
   * else as its creating revision. For entities whose id the caller owns (a screening's id).
   */
  public void write(EntityRef entity, Map<String, JsonNode> changes) throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    synchronized (writing) {
      List<Revision> history = EntityHistory.revisions(session, entity);
      Optional<MergedEntity> current = EntityHistory.merge(history);
      ReplicationClock clock = session.replicationClock();
      RevisionAuthor author = author(session, clock);
      Revision revision =
          current.isPresent()
              ? author.revise(authorId(session), current.get(), changes, FIRST_SCHEMA_VERSION)
              : author.revise(
                  authorId(session),
                  entity.entityType(),
                  entity.entityId(),
                  List.of(),
                  changes,
                  FIRST_SCHEMA_VERSION);
      record(session, clock, history, revision);
    }
  }

  /** The merged state of an entity. */
  public MergedEntity state(EntityRef entity) throws ReplicationException {
    return find(entity)
        .orElseThrow(() -> new ReplicationException(ReplicationException.Problem.NOT_FOUND));
  }

  /** The merged state of an entity, or empty when the vault holds no revision of it. */
  public Optional<MergedEntity> find(EntityRef entity) throws ReplicationException {
    return EntityHistory.merged(EntityHistory.session(sessions), entity);
  }

  private void record(
      VaultSession session, ReplicationClock clock, List<Revision> history, Revision revision)
      throws ReplicationException {
    DeviceId device = device(session);
    SignedRevision signed = new RevisionSigner(device, session.deviceKeys()::sign).sign(revision);
    try {
      List<InsertOutcome> outcomes =
          session.replication().outbox().enqueue(List.of(EntityHistory.entry(signed)));
      if (outcomes.get(0) != InsertOutcome.INSERTED) {
        throw new IllegalStateException("a fresh revision id was already stored");
      }
      clock.save();
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
    List<Revision> after = new ArrayList<>(history);
    after.add(revision);
    ReadModels.refresh(session, projectors, EntityHistory.merge(after).orElseThrow());
  }

  private RevisionAuthor author(VaultSession session, ReplicationClock clock) {
    return new RevisionAuthor(device(session), clock.clock(), ids);
  }

  private static DeviceId device(VaultSession session) {
    return DeviceId.ofSigningKey(session.deviceKeys().signingPublicKey());
  }

  private static UUID authorId(VaultSession session) {
    return UUID.fromString(session.userId());
  }
}
