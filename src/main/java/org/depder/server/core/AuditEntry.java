package org.depder.server.core;

import java.time.Instant;
import java.util.Objects;

/** One row of the hash-chained audit trail; {@code hash} covers {@code prevHash} and the row. */
public record AuditEntry(long seq, Instant at, AuditEvent event, String prevHash, String hash) {
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
