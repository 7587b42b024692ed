package org.depder.store;

/** What inserting one revision did. Revisions are immutable, so an id is written at most once. */
public enum InsertOutcome {
  /** The revision was new and is now stored. */
  INSERTED,
  /** The same id with the same content was already stored: nothing was written. */
  ALREADY_PRESENT,
  /**
   * The same id was already stored with different content (a bug or a forgery, since ids are random
   * and revisions signed): nothing was written, the stored revision is kept.
   */
  CONFLICTING_DUPLICATE
}
