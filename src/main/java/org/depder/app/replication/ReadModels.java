package org.depder.app.replication;

import java.util.Optional;
import java.util.OptionalLong;
import org.depder.app.vault.VaultSession;
import org.depder.sync.revision.FieldState;
import org.depder.sync.revision.MergedEntity;

/** Brings one entity's read model and conflict flag up to date with its merged state. */
final class ReadModels {
  private ReadModels() {}

  /**
   * Runs the entity's projector (if its type has one) and records its conflicts.
   *
   * @return whether the entity had no open conflict before and has one now
   */
  static boolean refresh(VaultSession session, EntityProjectors projectors, MergedEntity entity)
      throws ReplicationException {
    Optional<EntityProjector> projector = projectors.find(entity.entityType());
    if (projector.isPresent()) {
      projector.get().project(session, entity);
    }
    int fields = entity.conflictedFields().size();
    OptionalLong since =
        entity.fields().values().stream()
            .filter(FieldState::isConflict)
            .flatMap(f -> ((FieldState.Conflict) f).candidates().stream())
            .mapToLong(w -> w.hybridLogicalTime().physicalMillis())
            .min();
    try {
      int before =
          session
              .entityStates()
              .recordConflicts(entity.entityType(), entity.entityId(), fields, since);
      return before == 0 && fields > 0;
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }
}
