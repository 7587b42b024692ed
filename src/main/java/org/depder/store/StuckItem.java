package org.depder.store;

import java.util.Objects;

/** An unacknowledged outbox row with its revision, opened, for "export stuck items". */
public record StuckItem(OutboxEntry entry, StoredRevision revision) {
  public StuckItem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(revision, "revision");
  }
}
