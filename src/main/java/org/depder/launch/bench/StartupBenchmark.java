package org.depder.launch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to first frame: starts the desktop client in fresh JVMs under the current display and
 * times each from process start to the probe line it prints once its first frame is rendered. The
 * same number of bare JavaFX windows ({@code BareFrameProbe}) are timed in the same run,
 * alternating with the client, as the limit of what any JavaFX program can do on this machine.
 */
final class StartupBenchmark {
  static final String PROBE_PROPERTY = "depder.probe.firstFrame";
  static final String PROBE_LINE = "DEPDER_FIRST_FRAME";
  private static final String CLIENT = "org.depder.launch.Launcher";
  private static final String BARE = "org.depder.launch.BareFrameProbe";
  private static final long TIMEOUT_SECONDS = 60;

  private final int runs;
  private final Path packagedLauncher;

  /**
   * @param packagedLauncher an installed package's launcher (e.g. /opt/depder/bin/Depder) to time
   *     instead of this JVM's class path, or null
   */
  StartupBenchmark(int runs, Path packagedLauncher) {
    this.runs = runs;
    this.packagedLauncher = packagedLauncher;
  }

  BenchReport run() throws IOException, BenchmarkException {
    requireDisplay();
    Path home = Files.createTempDirectory("depder-bench-home");
    try {
      // the common case: a laptop whose user chose the language before, so the main window opens
      Files.writeString(home.resolve("settings.properties"), "format.version=1\nlanguage=tk\n");
      // one untimed start of each fills the OS file cache, as on a laptop that has run it before
      firstFrameMillis(BARE, home);
      clientFirstFrameMillis(home);
      double[] client = new double[runs];
      double[] bare = new double[runs];
      for (int i = 0; i < runs; i++) {
        bare[i] = firstFrameMillis(BARE, home);
        client[i] = clientFirstFrameMillis(home);
      }
      return new BenchReport(
          "startup",
          0,
          Map.of(
              "first_frame_ms", median(client),
              "first_frame_min_ms", Arrays.stream(client).min().orElseThrow(),
              "first_frame_max_ms", Arrays.stream(client).max().orElseThrow(),
              "runs", (double) runs),
          Map.of("bare_javafx_first_frame_ms", median(bare)));
    } finally {
      deleteRecursively(home);
    }
  }

  private static void requireDisplay() throws BenchmarkException {
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    String display = System.getenv("DISPLAY");
    if (linux
        && (display == null || display.isBlank())
        && System.getenv("WAYLAND_DISPLAY") == null) {
      throw new BenchmarkException(
          "bench startup opens real windows and needs a display; run it under one, for example:"
              + " xvfb-run -a -s '-screen 0 1366x768x24' java -jar target/depder.jar bench startup");
    }
  }

  private double clientFirstFrameMillis(Path home) throws IOException, BenchmarkException {
    if (packagedLauncher == null) {
      return firstFrameMillis(CLIENT, home);
    }
    // a packaged launcher takes JVM options from its own configuration; ours go in through the
    // environment variable every JVM reads
    ProcessBuilder builder = new ProcessBuilder(packagedLauncher.toString());
    builder
        .environment()
        .put("JAVA_TOOL_OPTIONS", "-D" + PROBE_PROPERTY + "=true -Ddepder.home=" + home);
    return timeToProbeLine(builder, packagedLauncher.toString());
  }

  private static double firstFrameMillis(String mainClass, Path home)
      throws IOException, BenchmarkException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-D" + PROBE_PROPERTY + "=true");
    command.add("-Ddepder.home=" + home);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    return timeToProbeLine(new ProcessBuilder(command), mainClass);
  }

  private static double timeToProbeLine(ProcessBuilder builder, String what)
      throws IOException, BenchmarkException {
    builder.redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.strip().equals(PROBE_LINE)) {
          double elapsed = (System.nanoTime() - start) / 1e6;
          awaitExit(process);
          return elapsed;
        }
      }
    } finally {
      process.destroyForcibly();
    }
    throw new BenchmarkException(
        what + " ended without showing a window (exit " + process.exitValue() + ")");
  }

  private static void awaitExit(Process process) throws BenchmarkException {
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new BenchmarkException("A probe did not exit within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkException("Interrupted while waiting for a probe to exit");
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
