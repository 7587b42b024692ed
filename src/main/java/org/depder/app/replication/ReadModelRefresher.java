package org.depder.app.replication;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.depder.app.vault.ReplicationClock;
import org.depder.app.vault.VaultSession;
import org.depder.store.EntityState;
import org.depder.sync.revision.MergeRefusedException;
import org.depder.sync.revision.MergedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens on this device after a bundle's revisions are committed: each touched entity is
 * merged again, its read model and conflict flag are updated, custody records are acted on, and the
 * clock observes the newest times received. Purges deferred earlier are retried on every call, so
 * calling it with no entities after a receipt was applied completes them.
 */
public final class ReadModelRefresher implements AppliedRevisionsListener {
  private static final Logger LOG = LoggerFactory.getLogger(ReadModelRefresher.class);
  private static final Comparator<EntityRef> ORDER =
      Comparator.comparing((EntityRef r) -> Custody.ENTITY_TYPE.equals(r.entityType()))
          .thenComparing(EntityRef::entityType)
          .thenComparing(EntityRef::entityId);

  private final VaultSessions sessions;
  private final EntityProjectors projectors;

  public ReadModelRefresher(VaultSessions sessions, EntityProjectors projectors) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.projectors = Objects.requireNonNull(projectors, "projectors");
  }

  @Override
  public ApplyReport applied(Set<EntityRef> entities) throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    ReplicationClock clock = session.replicationClock();
    int opened = 0;
    int purged = 0;
    // Custody last: an entity and the record releasing it may arrive in one bundle.
    List<EntityRef> ordered = entities.stream().sorted(ORDER).toList();
    for (EntityRef ref : ordered) {
      if (Custody.ENTITY_TYPE.equals(ref.entityType())) {
        purged += Custody.apply(session, projectors, ref);
      } else if (isPurged(session, ref)) {
        // A late revision of an entity already removed: remove it too, never project it.
        Custody.purge(session, projectors, ref);
      } else {
        Optional<MergedEntity> merged = mergedOrSkipped(session, ref);
        if (merged.isPresent()) {
          clock.clock().observe(merged.get().latestTime());
          if (ReadModels.refresh(session, projectors, merged.get())) {
            opened++;
          }
        }
      }
    }
    purged += Custody.retryDeferred(session, projectors);
    try {
      clock.save();
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
    LOG.info(
        "Read models refreshed for {} entities: {} conflicts opened, {} purged",
        ordered.size(),
        opened,
        purged);
    return new ApplyReport(opened, purged);
  }

  /**
   * The merged entity, or empty when its revisions have no merged state (a faulty or malicious
   * device made two different revisions with one id, or a parent cycle). Such an entity keeps its
   * last read model and is reported in the log by id; the other entities of the bundle still go
   * through.
   */
  private static Optional<MergedEntity> mergedOrSkipped(VaultSession session, EntityRef ref)
      throws ReplicationException {
    try {
      return EntityHistory.merged(session, ref);
    } catch (ReplicationException e) {
      if (e.getCause() instanceof MergeRefusedException refused) {
        LOG.warn(
            "Entity {} cannot be merged ({}); its read model is unchanged",
            ref.entityId(),
            refused.reason());
        return Optional.empty();
      }
      throw e;
    }
  }

  private static boolean isPurged(VaultSession session, EntityRef ref) throws ReplicationException {
    try {
      return session
          .entityStates()
          .find(ref.entityId())
          .map(s -> s.custody() == EntityState.Custody.PURGED)
          .orElse(false);
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }
}
