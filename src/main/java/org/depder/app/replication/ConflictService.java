package org.depder.app.replication;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the conflict review screen and the lists may do (issue 5 item 8): find entities with
 * concurrent writes of the same field, show every side, and settle a field with a new revision.
 * Every method needs an unlocked vault; call it from a background task.
 */
public interface ConflictService {

  /** Entities with at least one field in conflict, oldest conflict first. */
  List<ConflictSummary> conflicts() throws ReplicationException;

  /** The ids of the entities of {@code entityType} with open conflicts, to flag them in lists. */
  Set<UUID> conflicted(String entityType) throws ReplicationException;

  /** Every conflicting field of one entity, with every candidate value side by side. */
  ConflictDetail conflict(EntityRef entity) throws ReplicationException;

  /**
   * Resolves one field by a new revision whose parents are all current heads (so both sides): the
   * value of the picked candidate, or an edited text.
   */
  void resolve(EntityRef entity, String field, Resolution resolution) throws ReplicationException;
}
