package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child JVM with SIGKILL at random moments, at least {@value #KILLS} times, and
 * checks after every kill that the vault is intact and holds every record the child reported saved.
 * Reproduce a failure with {@code -Ddepder.crash.seed=<seed printed in the message>}.
 */
class CrashSafetyTest {
  private static final int KILLS = 100;

  /** Every so often the vault is deleted, so kills also land during creation and migration. */
  private static final int FRESH_VAULT_EVERY = 10;

  @TempDir Path dir;

  @Test
  void acknowledgedSavesSurviveSigkillAndTheVaultStaysIntact() throws Exception {
    long seed = Long.getLong("depder.crash.seed", System.nanoTime());
    String context = "crash seed " + seed;
    System.err.println("CrashSafetyTest " + context);
    Random random = new Random(seed);
    Path vault = dir.resolve("crash.depder");
    Map<String, Long> acknowledged = new HashMap<>();
    int killsDuringStartup = 0;
    int killsDuringCreation = 0;
    int acknowledgedSaves = 0;
    long started = System.nanoTime();

    for (int kill = 1; kill <= KILLS; kill++) {
      if (kill % FRESH_VAULT_EVERY == 1) {
        DurableFiles.deleteWithSidecars(vault);
        acknowledged.clear();
      }
      // When no vault exists, half the kills aim at creation; the rest let it finish.
      boolean aimAtCreation = !Files.exists(vault) && random.nextBoolean();
      boolean fromStart = random.nextInt(3) == 0;
      // Creation and migration take a few hundred milliseconds in a cold JVM: aim there.
      int delayMs = aimAtCreation ? random.nextInt(300) : 50 + random.nextInt(551);
      ChildRun run =
          ChildRun.start(vault, random.nextLong(), dir.resolve("child-" + kill + ".err"));
      if (aimAtCreation) {
        run.creating.await(30, TimeUnit.SECONDS);
      } else if (!fromStart) {
        run.opened.await(30, TimeUnit.SECONDS);
      }
      Thread.sleep(delayMs);
      boolean wasCreating = run.creating.getCount() == 0 && run.opened.getCount() == 1;
      boolean wasOpen = run.opened.getCount() == 0;
      run.kill();
      if (wasCreating) {
        killsDuringCreation++;
      } else if (!wasOpen) {
        killsDuringStartup++;
      }
      assertThat(run.process.exitValue())
          .as(
              "%s: child %d must die by the kill, not on its own: %s",
              context, kill, Files.readString(run.err))
          .isEqualTo(137);
      List<String[]> savedNow = run.saved();
      acknowledgedSaves += savedNow.size();
      for (String[] saved : savedNow) {
        acknowledged.merge(saved[0], Long.parseLong(saved[1]), Math::max);
      }
      verify(vault, acknowledged, context + ", kill " + kill);
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    System.err.printf(
        "CrashSafetyTest %s: %d kills (%d during JVM start, %d during vault creation),"
            + " %d acknowledged saves verified, in %d s%n",
        context, KILLS, killsDuringStartup, killsDuringCreation, acknowledgedSaves, seconds);
    assertThat(acknowledgedSaves).as(context).isGreaterThan(KILLS);
  }

  private static void verify(Path file, Map<String, Long> acknowledged, String context)
      throws Exception {
    if (!Files.exists(file)) {
      assertThat(acknowledged).as("%s: saves acknowledged but no vault", context).isEmpty();
      return;
    }
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.integrityCheck()).as(context).containsExactly("ok");
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withFixtureKey());
      // findAll opens every row: a half-written record would fail to authenticate here.
      Map<String, RecordEnvelope> stored = new HashMap<>();
      for (RecordEnvelope r : records.findAll(CrashWriterMain.ENTITY_TYPE)) {
        assertThat(r.payload())
            .as("%s: content of %s", context, r.id())
            .isEqualTo(CrashWriterMain.expectedPayload(r.id(), r.revision()));
        assertThat(r.blindIndexTokens()).as(context).hasSize(1);
        stored.put(r.id(), r);
      }
      for (Map.Entry<String, Long> saved : acknowledged.entrySet()) {
        RecordEnvelope r = stored.get(saved.getKey());
        assertThat(r)
            .as("%s: acknowledged record %s is missing", context, saved.getKey())
            .isNotNull();
        assertThat(r.revision())
            .as("%s: acknowledged revision of %s", context, saved.getKey())
            .isGreaterThanOrEqualTo(saved.getValue());
      }
    }
  }

  /** One child JVM and the lines it printed. */
  private static final class ChildRun {
    final Process process;
    final Path err;
    final CountDownLatch creating = new CountDownLatch(1);
    final CountDownLatch opened = new CountDownLatch(1);
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final Thread reader;

    private ChildRun(Process process, Path err) {
      this.process = process;
      this.err = err;
      this.reader = new Thread(this::readOutput, "crash-child-stdout");
      reader.start();
    }

    static ChildRun start(Path vault, long seed, Path err) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder =
          new ProcessBuilder(
              java,
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-Xmx128m",
              "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
              "-cp",
              System.getProperty("java.class.path"),
              CrashWriterMain.class.getName(),
              vault.toString(),
              Long.toString(seed));
      builder.redirectError(err.toFile());
      return new ChildRun(builder.start(), err);
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** {@code [id, revision]} of every complete SAVED line. */
    List<String[]> saved() {
      List<String[]> result = new ArrayList<>();
      synchronized (lines) {
        for (String line : lines) {
          String[] parts = line.split(" ");
          if (parts.length == 3 && parts[0].equals("SAVED") && parts[1].length() == 36) {
            result.add(new String[] {parts[1], parts[2]});
          }
        }
      }
      return result;
    }

    private void readOutput() {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.equals("CREATING")) {
            creating.countDown();
          } else if (line.equals("OPENED")) {
            opened.countDown();
          } else {
            lines.add(line);
          }
        }
      } catch (IOException e) {
        // The pipe closes when the child is killed; every complete line was already read.
      }
    }
  }
}
