package org.depder.server.admin;

import java.util.List;
import java.util.Optional;
import org.depder.server.core.AuditEntry;

/** The audit trail and the result of checking its hash chain. */
public record AuditReport(List<AuditEntry> entries, Optional<Long> firstBrokenSeq) {
  public AuditReport {
    entries = List.copyOf(entries);
  }

  public boolean intact() {
    return firstBrokenSeq.isEmpty();
  }
}
