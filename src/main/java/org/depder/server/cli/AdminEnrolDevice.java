package org.depder.server.cli;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.admin.IssuedCode;
import org.depder.server.config.Durations;
import org.depder.server.core.DeviceRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin enrol-device}: issues a one-time enrolment code and shows it once. */
@Command(name = "enrol-device", description = "Issue a one-time code that enrols one device.")
final class AdminEnrolDevice implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "screener, social_worker, consular_officer, coordinator or device_admin")
  String role;

  @Option(
      names = "--post",
      required = true,
      paramLabel = "POST",
      description = "post or region code")
  String post;

  @Option(
      names = "--valid-for",
      paramLabel = "DURATION",
      defaultValue = "24h",
      description = "how long the code stays valid, e.g. 30m, 24h, 7d (default ${DEFAULT-VALUE})")
  String validFor;

  @Override
  public Integer call() {
    Duration validity;
    try {
      validity = Durations.parse(validFor);
    } catch (IllegalArgumentException e) {
      admin.out.println("--valid-for must look like 30m, 24h or 7d");
      return 2;
    }
    DeviceRole parsed = DeviceRole.parse(role);
    try (ServerContext context = admin.open(false)) {
      IssuedCode issued = context.admin().issueCode(parsed, post, validity);
      String until =
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
              .format(issued.expiresAt().atOffset(ZoneOffset.UTC));
      admin.out.println("One-time enrolment code (single use, valid until " + until + "):");
      admin.out.println();
      admin.out.println("    " + issued.code());
      admin.out.println();
      admin.out.println(
          "Role: "
              + issued.role().code()
              + "   Post: "
              + issued.post()
              + "   Code id: "
              + issued.codeId());
      admin.out.println(
          "Give it to the device's user by a channel you trust. It is not shown again;");
      admin.out.println("the server keeps only its hash.");
    }
    return 0;
  }
}
