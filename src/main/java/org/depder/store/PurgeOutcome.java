package org.depder.store;

/** What {@link SqliteEntityStateStore#purge} did. */
public enum PurgeOutcome {
  /** Revisions, outbox rows and read-model records are gone; a tombstone remains. */
  PURGED,
  /**
   * Nothing was deleted: local revisions of the entity are not acknowledged yet, so deleting them
   * would lose work nobody else has. The entity is marked {@code purge_deferred}.
   */
  DEFERRED
}
