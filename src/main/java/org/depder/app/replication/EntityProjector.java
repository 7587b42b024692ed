package org.depder.app.replication;

import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.VaultSession;
import org.depder.sync.revision.MergedEntity;

/**
 * Keeps the read model of one entity type (the sealed records the screens list and open) in step
 * with the merged state of its revisions. Revisions are the truth; a read model is derived from
 * them and can always be rebuilt, so a projector must give the same records for the same merged
 * state whatever order revisions arrived in.
 */
public interface EntityProjector {

  /** The entity type code this projector handles, for example {@code screening}. */
  String entityType();

  /**
   * Writes the read model of {@code entity}. Called after every local change and after every
   * applied bundle that touched the entity. Fields in conflict carry their provisional winner.
   */
  void project(VaultSession session, MergedEntity entity) throws ReplicationException;

  /**
   * The ids of the read-model records of one entity, deleted together with its revisions when the
   * entity is purged from this device (their blind-index rows cascade).
   */
  Set<String> recordIds(VaultSession session, UUID entityId) throws ReplicationException;
}
