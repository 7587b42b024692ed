package org.depder.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depder.app.vault.MutableClock;
import org.depder.server.storage.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin CLI, run in-process against an SQLite data directory, as an administrator would. */
class AdminCliTest {
  private static final Pattern CODE =
      Pattern.compile("^ {4}([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})$", Pattern.MULTILINE);
  private static final Pattern DEVICE_ROW = Pattern.compile("^([0-9a-f]{32}) ", Pattern.MULTILINE);

  @TempDir Path data;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

  private record Run(int status, String out, String err) {}

  private Run admin(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int status =
        ServerCli.admin(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            clock);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void initCreatesAMissingDataDirectoryForTheOwnerOnly() throws Exception {
    Path fresh = data.resolve("new-server");
    int status =
        ServerCli.admin(
            new String[] {"--data", fresh.toString(), "init"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            clock);

    assertThat(status).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rwx------");
  }

  @Test
  void commandsOtherThanInitRefuseAnUninitialisedDirectory() {
    Run run = admin("devices");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("admin init");
  }

  @Test
  void initPrintsTheIdentityAndIsIdempotent() {
    Run first = admin("init");
    Run second = admin("init");

    assertThat(first.status()).isZero();
    assertThat(first.out())
        .containsPattern("Server id: +[0-9a-f]{32}")
        .containsPattern("TLS certificate SHA-256: +([0-9A-F]{2}:){31}[0-9A-F]{2}");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(admin("audit").out())
        .contains("server.initialised")
        .contains("Audit chain intact: 1 entries.");
  }

  @Test
  void enrolDeviceShowsACodeOnceAndTheTrailRecordsEverything() {
    admin("init");

    Run issued =
        admin("enrol-device", "--role", "social_worker", "--post", "MR-02", "--valid-for", "2h");

    assertThat(issued.status()).isZero();
    Matcher m = CODE.matcher(issued.out());
    assertThat(m.find()).as(issued.out()).isTrue();
    assertThat(issued.out())
        .contains("valid until 2026-11-29 10:00 UTC", "Role: social_worker", "Post: MR-02");
    Run audit = admin("audit");
    assertThat(audit.out()).contains("enrolment_code.issued").doesNotContain(m.group(1));
    assertThat(admin("devices").out()).contains("0 device(s)");
  }

  @Test
  void badRolesDurationsAndIdsAreRefusedPlainly() {
    admin("init");

    assertThat(admin("enrol-device", "--role", "king", "--post", "X").err()).contains("bad_role");
    assertThat(
            admin("enrol-device", "--role", "screener", "--post", "X", "--valid-for", "soon")
                .status())
        .isEqualTo(2);
    assertThat(
            admin("enrol-device", "--role", "screener", "--post", "X", "--valid-for", "90d").err())
        .contains("30 days");
    assertThat(admin("revoke-device", "nope").status()).isEqualTo(2);
    assertThat(admin("revoke-device", "0".repeat(32)).err()).contains("device_unknown");
    assertThat(admin("enrol-device").status()).isEqualTo(2);
  }

  @Test
  void revokeDeviceAndATamperedTrailAreShown() throws Exception {
    admin("init");
    // a device enrolled through the service (the HTTP path is covered by the end-to-end tests)
    Run issued = admin("enrol-device", "--role", "screener", "--post", "AG-01");
    Matcher m = CODE.matcher(issued.out());
    assertThat(m.find()).isTrue();
    var laptop = new org.depder.server.testing.TestDevice();
    try (var context =
        org.depder.server.ServerContext.open(
            org.depder.server.config.ConfigLoader.load(
                data, java.util.Optional.empty(), java.util.Map.of(), java.util.Map.of()),
            new java.security.SecureRandom(),
            clock)) {
      new org.depder.server.enrol.EnrolmentService(
              context.store(),
              context.identity(),
              new org.depder.server.enrol.AttemptLimiter(5, java.time.Duration.ofMinutes(1), clock),
              clock)
          .enrol(laptop.request(m.group(1)), "127.0.0.1");
    }
    Run devices = admin("devices");
    Matcher row = DEVICE_ROW.matcher(devices.out());
    assertThat(row.find()).isTrue();
    assertThat(row.group(1)).isEqualTo(laptop.id().value());
    assertThat(devices.out()).contains("screener", "AG-01", "active");

    assertThat(admin("revoke-device", laptop.id().value()).out()).contains("revoked");
    assertThat(admin("revoke-device", laptop.id().value()).out()).contains("already revoked");
    assertThat(admin("devices").out()).contains("revoked");
    assertThat(admin("audit").out()).contains("device.revoked", "Audit chain intact: 4 entries.");

    try (Connection c = DriverManager.getConnection(DatabaseSettings.sqliteIn(data).jdbcUrl());
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit SET detail = 'role=coordinator' WHERE seq = 3");
    }
    Run tampered = admin("audit");
    assertThat(tampered.status()).isEqualTo(1);
    assertThat(tampered.out()).contains("AUDIT CHAIN BROKEN at entry 3");
  }
}
