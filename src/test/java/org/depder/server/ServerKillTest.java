package org.depder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depder.launch.Launcher;
import org.depder.server.config.ConfigLoader;
import org.depder.server.core.DeviceRole;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.testing.TestDevice;
import org.depder.sync.revision.DeviceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, item 9: a server process killed with SIGKILL in the middle of a stream of pushed bundles
 * loses nothing it acknowledged. A child JVM runs {@code depder.jar server} on SQLite in a
 * temporary directory; a pusher sends bundles 1, 2, 3... one after another; once at least a few
 * have been answered 200 with a receipt, the child is killed while the next push is in flight.
 * After that: every acknowledged bundle is in the ledger with the very receipt that was sent, no
 * bundle is half stored, and a restarted server takes the re-pushed rest of the stream to the end
 * with nothing applied twice.
 */
class ServerKillTest {
  private static final Pattern PLAIN =
      Pattern.compile("Plain HTTP \\(loopback only\\): +127\\.0\\.0\\.1:(\\d+)");
  private static final int BUNDLES = 120;
  private static final int REVISIONS_PER_BUNDLE = 20;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 3;

  @TempDir Path data;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  @Test
  void nothingAcknowledgedIsLostWhenTheServerIsKilledMidIngest() throws Exception {
    TestDevice laptop = new TestDevice();
    DeviceId serverId;
    byte[] serverAgreement;
    try (ServerContext context = open()) {
      String code =
          context.admin().issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1)).code();
      new EnrolmentService(
              context.store(),
              context.identity(),
              new AttemptLimiter(10, Duration.ofMinutes(15), Clock.systemUTC()),
              Clock.systemUTC())
          .enrol(laptop.request(code), "test");
      serverId = context.keys().id();
      serverAgreement = context.keys().publicKeys().agreement();
    }
    List<byte[]> bundles = new ArrayList<>();
    Optional<String> previous = Optional.empty();
    for (int seq = 1; seq <= BUNDLES; seq++) {
      List<ObjectNode> items = new ArrayList<>();
      for (int i = 0; i < REVISIONS_PER_BUNDLE; i++) {
        items.add(laptop.revision(i % 2 == 0 ? "person" : "screening", seq * 1000L + i));
      }
      var bundle = laptop.bundle(serverId, serverAgreement, seq, previous, items);
      previous = Optional.of(bundle.manifestHash());
      bundles.add(bundle.bytes());
    }

    Map<Long, byte[]> acknowledged = new ConcurrentHashMap<>();
    Child first = Child.start(data);
    AtomicBoolean stop = new AtomicBoolean();
    Thread pusher =
        new Thread(
            () -> {
              for (int seq = 1; seq <= BUNDLES && !stop.get(); seq++) {
                try {
                  HttpResponse<byte[]> answer = push(first.port, bundles.get(seq - 1));
                  if (answer.statusCode() != 200) {
                    return;
                  }
                  acknowledged.put((long) seq, answer.body());
                } catch (IOException | InterruptedException e) {
                  return; // the server is gone: this push was not acknowledged
                }
              }
            },
            "pusher");
    try {
      pusher.start();
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL
          && pusher.isAlive()
          && System.nanoTime() < giveUp) {
        Thread.sleep(5);
      }
      first.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no commit
      assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      stop.set(true);
      first.process.destroyForcibly();
      pusher.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertThat(acknowledged).as("bundles acknowledged before the kill").isNotEmpty();
    long lastAcknowledged =
        acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    assertThat(lastAcknowledged).as("the kill came before the stream ended").isLessThan(BUNDLES);

    long appliedBeforeRestart;
    try (ServerContext context = open()) {
      appliedBeforeRestart = checkLedger(context, laptop.id(), acknowledged);
      assertThat(appliedBeforeRestart).isGreaterThanOrEqualTo(lastAcknowledged);
    }

    Child second = Child.start(data);
    try {
      for (long seq = lastAcknowledged + 1; seq <= BUNDLES; seq++) {
        HttpResponse<byte[]> answer = push(second.port, bundles.get((int) seq - 1));
        assertThat(answer.statusCode()).as("re-push of seq %d", seq).isEqualTo(200);
      }
      second.process.destroy(); // SIGTERM: a clean stop this time
      assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      second.process.destroyForcibly();
    }

    try (ServerContext context = open()) {
      assertThat(checkLedger(context, laptop.id(), acknowledged)).isEqualTo(BUNDLES);
      assertThat(context.admin().audit().entries())
          .filteredOn(e -> e.event().action().equals("bundle.accepted"))
          .as("each bundle applied exactly once")
          .hasSize(BUNDLES);
    }
  }

  /**
   * Checks what survived: every acknowledged bundle is recorded with the receipt that was sent, the
   * ledger's seqs have no gap, every applied bundle has all its revisions and no other revision is
   * stored (no half-applied bundle), and the audit chain is intact. Returns the last applied seq.
   */
  private static long checkLedger(
      ServerContext context, DeviceId device, Map<Long, byte[]> acknowledged) {
    assertThat(context.admin().audit().intact()).isTrue();
    return context
        .store()
        .transaction(
            tx -> {
              long last = tx.ingest().lastAcceptedSeq(device);
              for (long seq = 1; seq <= last; seq++) {
                assertThat(tx.ingest().accepted(device, seq)).as("ledger seq %d", seq).isPresent();
              }
              acknowledged.forEach(
                  (seq, receipt) ->
                      assertThat(tx.ingest().accepted(device, seq))
                          .hasValueSatisfying(
                              b ->
                                  assertThat(b.receipt())
                                      .as("receipt %d", seq)
                                      .isEqualTo(receipt)));
              assertThat(tx.ingest().revisionCount()).isEqualTo(last * REVISIONS_PER_BUNDLE);
              return last;
            });
  }

  private HttpResponse<byte[]> push(int port, byte[] bundle)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/bundles"))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bundle))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private ServerContext open() {
    return ServerContext.open(
        ConfigLoader.load(
            data, Optional.empty(), Map.of("http.host", "127.0.0.1", "http.port", "0"), Map.of()),
        new SecureRandom(),
        Clock.systemUTC());
  }

  /** {@code depder.jar server} in a child JVM on {@code data}, with its plain loopback port. */
  private record Child(Process process, int port) {
    static Child start(Path data) throws Exception {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Path log = Files.createTempFile(data, "child-", ".txt");
      Process process =
          new ProcessBuilder(
                  java.toString(),
                  "-Ddepder.log.dir=" + data.resolve("logs"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Launcher.class.getName(),
                  "server",
                  "--data",
                  data.toString(),
                  "--host",
                  "127.0.0.1",
                  "--port",
                  "0",
                  "--plain-port",
                  "0")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (process.isAlive() && System.nanoTime() < giveUp) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (lines.stream().anyMatch(l -> l.startsWith("Depder server running"))) {
          for (String l : lines) {
            Matcher m = PLAIN.matcher(l);
            if (m.find()) {
              return new Child(process, Integer.parseInt(m.group(1)));
            }
          }
        }
        Thread.sleep(100);
      }
      process.destroyForcibly();
      throw new AssertionError("the server process did not start");
    }
  }
}
