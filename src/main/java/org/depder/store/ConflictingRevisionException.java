package org.depder.store;

import java.util.List;
import java.util.UUID;

/**
 * A bundle carried a revision whose id is stored here with other content. Revision ids are random
 * and revisions signed, so this is a forgery or a bug: the whole bundle is refused and nothing of
 * it is written. Carries the revision ids only.
 */
public final class ConflictingRevisionException extends RuntimeException {
  private final List<UUID> revisionIds;

  public ConflictingRevisionException(List<UUID> revisionIds) {
    super(revisionIds.size() + " revision id(s) already stored with other content");
    this.revisionIds = List.copyOf(revisionIds);
  }

  public List<UUID> revisionIds() {
    return revisionIds;
  }
}
