package org.depder.server.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.core.Device;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code admin devices}: lists enrolled devices. */
@Command(name = "devices", description = "List enrolled devices.")
final class AdminDevices implements Callable<Integer> {
  private static final String ROW = "%-32s  %-16s  %-12s  %-7s  %-20s  %s%n";

  @ParentCommand AdminCommand admin;

  @Override
  public Integer call() {
    try (ServerContext context = admin.open(false)) {
      List<Device> devices = context.admin().devices();
      admin.out.printf(ROW, "DEVICE ID", "ROLE", "POST", "STATUS", "ENROLLED", "REVOKED");
      for (Device d : devices) {
        admin.out.printf(
            ROW,
            d.id(),
            d.role().code(),
            d.post(),
            d.status().code(),
            seconds(d.enrolledAt()),
            d.revokedAt().map(AdminDevices::seconds).orElse("-"));
      }
      admin.out.println(devices.size() + " device(s)");
    }
    return 0;
  }

  private static String seconds(Instant at) {
    return Instant.ofEpochSecond(at.getEpochSecond()).toString();
  }
}
