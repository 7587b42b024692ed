package org.depder.app.replication;

import java.util.Set;

/**
 * Told, after a bundle's revisions are committed, which entities received revisions, so their read
 * models (the lists and records the screens show), conflict flags and custody (need-to-know purge)
 * are brought up to date. Runs on the importing thread, after the bundle's transaction.
 */
@FunctionalInterface
public interface AppliedRevisionsListener {

  /** Brings the read models of {@code entities} up to date and reports what changed. */
  ApplyReport applied(Set<EntityRef> entities) throws ReplicationException;

  /**
   * @param conflictsOpened entities that had no open conflict before and have one now
   * @param purged entities removed from this device because they were transferred away
   */
  record ApplyReport(int conflictsOpened, int purged) {
    public static final ApplyReport NOTHING = new ApplyReport(0, 0);
  }
}
