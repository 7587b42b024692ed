package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the desktop client in a child JVM (headless Monocle, {@code -verbose:class}) with the
 * first-frame probe on, and checks what was loaded before the probe line: no Bouncy Castle, SQLite
 * JDBC or Jackson class may delay the first window (ARCHITECTURE.md 8), and no server class
 * (Javalin, Jetty, picocli, org.depder.server) is loaded by the desktop at all. Also checks the
 * probe contract itself: exactly the line {@code DEPDER_FIRST_FRAME}, then exit status 0.
 */
class FirstFrameClassLoadingTest {
  private static final List<String> HEAVY =
      List.of(
          "org.bouncycastle.",
          "org.sqlite.",
          "com.fasterxml.",
          "org.depder.server.",
          "io.javalin.",
          "org.eclipse.jetty.",
          "picocli.");

  @TempDir Path home;

  @Test
  void firstStartShowsThePickerBeforeLoadingHeavyLibraries() throws Exception {
    assertNoHeavyClassBeforeFirstFrame(run(Launcher.class.getName()));
  }

  @Test
  void laterStartsShowTheMainWindowBeforeLoadingHeavyLibraries() throws Exception {
    Files.writeString(home.resolve("settings.properties"), "format.version=1\nlanguage=ru\n");
    assertNoHeavyClassBeforeFirstFrame(run(Launcher.class.getName()));
  }

  @Test
  void theBareBaselineWindowKeepsTheSameProbeContract() throws Exception {
    assertThat(run(BareFrameProbe.class.getName())).contains(FirstFrameProbe.LINE);
  }

  private static void assertNoHeavyClassBeforeFirstFrame(List<String> output) {
    int probe = output.indexOf(FirstFrameProbe.LINE);
    assertThat(probe).as("probe line in the output").isNotNegative();
    assertThat(output.subList(0, probe))
        .as("classes loaded before the first frame")
        .filteredOn(line -> line.contains("[class,load]"))
        .noneMatch(line -> HEAVY.stream().anyMatch(line::contains))
        .anyMatch(
            line ->
                line.contains("org.depder.ui.shell.")
                    || line.contains("org.depder.ui.language.")
                    || line.contains("org.depder.ui.unlock.")
                    || line.contains("org.depder.ui.firstrun."));
  }

  /** Runs {@code mainClass} to its first frame and returns its output lines; asserts exit 0. */
  private List<String> run(String mainClass) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-verbose:class");
    command.add("-Dglass.platform=Monocle");
    command.add("-Dmonocle.platform=Headless");
    command.add("-Dprism.order=sw");
    command.add("-Djava.awt.headless=true");
    command.add("-D" + FirstFrameProbe.PROPERTY + "=true");
    command.add("-Ddepder.home=" + home);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    Path log = home.resolve("child-output.txt");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = process.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(ended).as("child JVM ended; output tail: %s", tail(lines)).isTrue();
    assertThat(process.exitValue()).as("exit status; output tail: %s", tail(lines)).isZero();
    assertThat(lines).as("the probe line stands alone").contains(FirstFrameProbe.LINE);
    return lines;
  }

  private static List<String> tail(List<String> lines) {
    return lines.subList(Math.max(0, lines.size() - 15), lines.size());
  }
}
