package org.depder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depder.launch.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code depder.jar server} through the real launcher in a child JVM with {@code -verbose:class}:
 * it starts on a fresh data directory, prints its fingerprints, answers over HTTP, stops on
 * SIGTERM, and never loads a JavaFX class.
 */
class ServerProcessTest {
  private static final Pattern PLAIN =
      Pattern.compile("Plain HTTP \\(loopback only\\): +127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path data;

  @Test
  void theServerCommandStartsWithoutJavaFxAndAnswersHealth() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-verbose:class",
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
            "0");
    Path log = data.resolve("child-output.txt");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    List<String> lines;
    try {
      int port = -1;
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (port < 0 && process.isAlive() && System.nanoTime() < giveUp) {
        Thread.sleep(200);
        List<String> soFar = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (soFar.stream().anyMatch(l -> l.startsWith("Depder server running"))) {
          for (String l : soFar) {
            Matcher m = PLAIN.matcher(l);
            if (m.find()) {
              port = Integer.parseInt(m.group(1));
            }
          }
        }
      }
      assertThat(port).as("plain port in the output").isPositive();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      process.destroy(); // SIGTERM: the shutdown hook stops the node
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
    }
    assertThat(lines).anyMatch(l -> l.matches("Server id: +[0-9a-f]{32}"));
    assertThat(lines).anyMatch(l -> l.startsWith("TLS certificate SHA-256:"));
    assertThat(lines)
        .filteredOn(l -> l.contains("[class,load]"))
        .isNotEmpty()
        .noneMatch(
            l ->
                l.contains(" javafx.")
                    || l.contains("com.sun.javafx.")
                    || l.contains("org.depder.ui."));
    assertThat(Files.exists(data.resolve("server-keys.json"))).isTrue();
    assertThat(Files.exists(data.resolve("depder-server.db"))).isTrue();
  }
}
