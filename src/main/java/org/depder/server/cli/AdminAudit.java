package org.depder.server.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.admin.AuditReport;
import org.depder.server.core.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code admin audit}: prints the audit trail and verifies its hash chain (exit 1 if broken). */
@Command(name = "audit", description = "Show the audit trail and verify its hash chain.")
final class AdminAudit implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @Override
  public Integer call() {
    try (ServerContext context = admin.open(false)) {
      AuditReport report = context.admin().audit();
      for (AuditEntry e : report.entries()) {
        admin.out.printf(
            "%6d  %s  %-32s  %-22s  %-32s  %s%n",
            e.seq(),
            Instant.ofEpochSecond(e.at().getEpochSecond()),
            e.event().actor(),
            e.event().action(),
            e.event().subject(),
            e.event().detail());
      }
      if (report.intact()) {
        admin.out.println("Audit chain intact: " + report.entries().size() + " entries.");
        return 0;
      }
      admin.out.println(
          "AUDIT CHAIN BROKEN at entry "
              + report.firstBrokenSeq().get()
              + ": the trail was altered.");
      return 1;
    }
  }
}
