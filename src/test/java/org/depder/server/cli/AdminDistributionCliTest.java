package org.depder.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.vault.MutableClock;
import org.depder.server.ServerContext;
import org.depder.server.config.ConfigLoader;
import org.depder.server.core.DeviceRole;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.testing.PlayedDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin commands of issue 6 item 4 and 6, in-process on an SQLite data directory. */
class AdminDistributionCliTest {
  @TempDir Path data;
  @TempDir Path usb;
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

  private ServerContext context() {
    return ServerContext.open(
        ConfigLoader.load(data, Optional.empty(), Map.of(), Map.of()), new SecureRandom(), clock);
  }

  private PlayedDevice enrol(String post) {
    try (ServerContext context = context()) {
      PlayedDevice device = new PlayedDevice(context.keys().id(), context.keys().publicKeys());
      new EnrolmentService(
              context.store(),
              context.identity(),
              new AttemptLimiter(5, Duration.ofMinutes(1), clock),
              clock)
          .enrol(
              device.keys.request(
                  context.admin().issueCode(DeviceRole.SCREENER, post, Duration.ofHours(1)).code()),
              "127.0.0.1");
      return device;
    }
  }

  @Test
  void usersAreAddedListedAndDisabledAndTheTrailNamesThemByIdOnly() {
    admin("init");

    Run added = admin("users", "add", "--login", "aman.g", "--role", "coordinator", "--post", "AG");
    Run twice = admin("users", "add", "--login", "aman.g", "--role", "screener", "--post", "AG");
    Run badRole = admin("users", "add", "--login", "x1", "--role", "king", "--post", "AG");
    Run disabled = admin("users", "disable", "--login", "aman.g");

    assertThat(added.status()).isZero();
    assertThat(added.out()).containsPattern("User aman.g added \\(u-[0-9a-f]{16}\\)");
    assertThat(twice.err()).contains("user_exists");
    assertThat(badRole.err()).contains("bad_role");
    assertThat(disabled.out()).contains("disabled");
    assertThat(admin("users", "list").out()).contains("aman.g", "coordinator", "disabled");
    assertThat(admin("users", "disable", "--login", "nobody").err()).contains("user_unknown");
    assertThat(admin("audit").out()).contains("user.added", "user.disabled").doesNotContain("aman");
  }

  @Test
  void referenceDataIsPublishedInVersions() throws Exception {
    admin("init");
    Path file = usb.resolve("hotlines.json");
    Files.writeString(file, "{\"hotlines\":[]}");
    Path broken = usb.resolve("broken.json");
    Files.writeString(broken, "{\"a\":1,\"a\":2}");

    assertThat(admin("publish-reference", "--file", file.toString(), "--kind", "hotlines").out())
        .contains("Published hotlines version 1");
    assertThat(admin("publish-reference", "--file", file.toString(), "--kind", "hotlines").out())
        .contains("version 2");
    assertThat(admin("publish-reference", "--file", broken.toString(), "--kind", "hotlines").err())
        .contains("bad_request");
    assertThat(admin("publish-reference", "--file", file.toString(), "--kind", "Bad").status())
        .isEqualTo(2);
    assertThat(admin("audit").out()).contains("reference.published");
  }

  @Test
  void aUsbPostExchangesFilesAndATransferMovesTheCase() throws Exception {
    admin("init");
    PlayedDevice online = enrol("AG-01");
    PlayedDevice usbOnly = enrol("AG-01");
    UUID caseId = UUID.randomUUID();
    Path pushed = usb.resolve("online.depder");
    Files.write(pushed, online.push(List.of(online.keys.revisionOf("case", caseId, 1_000))));
    Path out = usb.resolve("answer");

    Run first = admin("import-bundle", "--in", pushed.toString(), "--out", out.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("Receipt written", "nothing new");
    assertThat(out.resolve("depder-receipt-" + online.id().value() + ".json")).exists();

    Path fromUsb = usb.resolve("usb.depder");
    Files.write(fromUsb, usbOnly.push(List.of()));
    Run second = admin("import-bundle", "--in", fromUsb.toString(), "--out", out.toString());
    Path serverBundle = out.resolve("depder-server-" + usbOnly.id().value() + "-1.depder");
    assertThat(second.out()).contains("Server bundle 1 written");
    PlayedDevice.Applied applied = usbOnly.apply(Files.readAllBytes(serverBundle));
    assertThat(applied.items())
        .extracting(i -> i.path("entityId").asText())
        .contains(caseId.toString());
    Path receipt = usb.resolve("receipt.json");
    Files.write(receipt, applied.receipt());
    assertThat(admin("import-bundle", "--in", receipt.toString(), "--out", out.toString()).out())
        .contains("receipt taken in", "nothing new");
    Files.writeString(usb.resolve("junk.json"), "[1,2]");
    assertThat(
            admin(
                    "import-bundle",
                    "--in",
                    usb.resolve("junk.json").toString(),
                    "--out",
                    out.toString())
                .status())
        .isEqualTo(1);

    Run moved = admin("transfer", "--entity", caseId.toString(), "--to-post", "DZ-07");
    assertThat(moved.out()).contains("now held by post:DZ-07; 2 device(s) to purge");
    assertThat(admin("transfer", "--entity", "not-a-uuid", "--to-post", "DZ-07").status())
        .isEqualTo(2);
    assertThat(admin("transfer", "--entity", UUID.randomUUID().toString(), "--to-post", "X").err())
        .contains("entity_unknown");
    assertThat(admin("audit").out())
        .contains("bundle.accepted", "bundle.sent", "receipt.recorded", "entity.transferred")
        .contains("Audit chain intact");
  }
}
