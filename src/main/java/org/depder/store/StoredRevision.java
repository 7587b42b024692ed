package org.depder.store;

import java.util.Objects;

/**
 * A revision read back from the vault, opened.
 *
 * @param entry the revision as it was inserted
 * @param origin made here or received
 * @param receivedAt when this vault stored it, epoch milliseconds
 */
public record StoredRevision(RevisionEntry entry, RevisionOrigin origin, long receivedAt) {
  public StoredRevision {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(origin, "origin");
  }
}
