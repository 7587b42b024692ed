package org.depder.launch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.depder.app.people.PersonCodec;
import org.depder.app.people.PersonDirectory;
import org.depder.app.people.PersonIdentity;
import org.depder.app.vault.KdfPolicy;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.SealingLimits;
import org.depder.app.vault.UnlockResult;
import org.depder.app.vault.VaultException;
import org.depder.crypto.Aead;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.store.SqliteInsertBaseline;
import org.depder.store.VaultOpener;

/**
 * {@code bench vault}: a fresh vault in a temporary directory with the production Argon2id costs,
 * filled with N synthetic people through the normal durable save, then timed: unlock, single saves,
 * exact and cross-script name searches, size on disk and heap. The limits beside them are measured
 * in the same run: a plain SQLite insert of a sealed person record, and AES-GCM alone.
 */
final class VaultBenchmark {
  private static final String LOGIN = "bench.admin";
  private static final String PASSWORD = "Benchmark parol 2026!";
  private static final int SAMPLES = 300;

  private final int records;

  VaultBenchmark(long records) {
    this.records = Math.toIntExact(records);
  }

  BenchReport run() throws IOException, BenchmarkException {
    Path dir = Files.createTempDirectory("depder-bench-vault");
    ExecutorService indexer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "bench-name-index");
              t.setDaemon(true);
              return t;
            });
    try {
      return measure(dir, indexer);
    } catch (VaultException | TimeoutException e) {
      throw new BenchmarkException("The vault benchmark failed: " + e.getMessage());
    } finally {
      indexer.shutdownNow();
      deleteRecursively(dir);
    }
  }

  private BenchReport measure(Path dir, ExecutorService indexer)
      throws VaultException, TimeoutException, IOException {
    SecureRandom random = new SecureRandom();
    Path file = dir.resolve("vault.depder");
    LocalVaultService vault =
        new LocalVaultService(
            file,
            new VaultOpener(),
            KdfPolicy.production(),
            SealingLimits.DEFAULTS,
            Clock.systemUTC(),
            random);
    PersonDirectory people = new PersonDirectory(indexer, Clock.systemUTC(), random);
    vault.addSessionListener(people);
    vault.create(LOGIN, "Benchmark", PASSWORD.toCharArray());

    SyntheticPeople synthetic = new SyntheticPeople(20260301L);
    List<PersonIdentity> sample = new ArrayList<>();
    String lastId = null;
    long fillStart = System.nanoTime();
    for (int i = 0; i < records; i++) {
      PersonIdentity person = synthetic.next(i);
      lastId = people.add(person);
      if (sample.size() < SAMPLES && i % Math.max(1, records / SAMPLES) == 0) {
        sample.add(person);
      }
    }
    double fillMs = (System.nanoTime() - fillStart) / 1e6;
    vault.lock();

    double[] unlock = new double[3];
    for (int i = 0; i < unlock.length; i++) {
      long start = System.nanoTime();
      if (!(vault.unlock(LOGIN, PASSWORD.toCharArray()) instanceof UnlockResult.Unlocked)) {
        throw new VaultException("vault.error.io", "benchmark unlock refused");
      }
      people.find(lastId).orElseThrow();
      unlock[i] = (System.nanoTime() - start) / 1e6;
      if (i < unlock.length - 1) {
        vault.lock();
      }
    }
    long indexStart = System.nanoTime();
    people.awaitNameIndex(Duration.ofMinutes(10));
    double indexMs = (System.nanoTime() - indexStart) / 1e6;

    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("unlock_ms", StartupBenchmark.median(unlock));
    metrics.put("name_index_ready_after_unlock_ms", indexMs);
    metrics.put("fill_total_ms", fillMs);
    metrics.put("exact_search_p95_ms", p95(exactSearches(people, sample)));
    metrics.put("name_search_p95_ms", p95(nameSearches(people, synthetic)));
    metrics.put("heap_mib", heapMib());
    metrics.put("save_p95_ms", p95(saves(people, synthetic)));
    vault.lock();
    metrics.put("bytes_per_record", (double) Files.size(file) / records);

    List<byte[]> payloads = new ArrayList<>();
    SyntheticPeople again = new SyntheticPeople(7L);
    for (int i = 0; i < Math.min(records, 2000); i++) {
      payloads.add(PersonCodec.encode(again.next(i)));
    }
    Map<String, Double> limits = new TreeMap<>();
    List<byte[]> sealed = new ArrayList<>();
    limits.put("raw_seal_ms", p95(rawSeals(payloads, sealed, random)));
    limits.put(
        "raw_insert_ms",
        p95(
            toMillis(
                SqliteInsertBaseline.timeInserts(
                    dir.resolve("raw.sqlite"), sealed.subList(0, Math.min(sealed.size(), 1000))))));
    return new BenchReport("vault", records, metrics, limits);
  }

  private static double[] exactSearches(PersonDirectory people, List<PersonIdentity> sample)
      throws VaultException {
    double[] times = new double[sample.size() * 2];
    int n = 0;
    for (PersonIdentity person : sample) {
      long start = System.nanoTime();
      if (people.findByDocument(person.documentNumber().orElseThrow()).isEmpty()) {
        throw new VaultException("vault.error.corrupted", "benchmark person not found");
      }
      times[n++] = (System.nanoTime() - start) / 1e6;
      if (person.birthYear().isPresent()) {
        start = System.nanoTime();
        people.findByFamilyNameAndBirthYear(person.familyName(), person.birthYear().getAsInt());
        times[n++] = (System.nanoTime() - start) / 1e6;
      }
    }
    return Arrays.copyOf(times, n);
  }

  private static double[] nameSearches(PersonDirectory people, SyntheticPeople synthetic)
      throws VaultException {
    double[] times = new double[SAMPLES];
    for (int i = 0; i < times.length; i++) {
      String query = synthetic.nameQuery();
      long start = System.nanoTime();
      people.searchNames(query, 50);
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    return times;
  }

  private double[] saves(PersonDirectory people, SyntheticPeople synthetic) throws VaultException {
    double[] times = new double[SAMPLES];
    for (int i = 0; i < times.length; i++) {
      PersonIdentity person = synthetic.next(records + i);
      long start = System.nanoTime();
      people.add(person);
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    return times;
  }

  private static double[] rawSeals(
      List<byte[]> payloads, List<byte[]> sealed, SecureRandom random) {
    Aead aead = new Aead(random);
    double[] times = new double[payloads.size()];
    byte[] aad =
        "records|00000000-0000-7000-8000-000000000000|1|1"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32)) {
      for (int i = 0; i < times.length; i++) {
        long start = System.nanoTime();
        byte[] blob = aead.sealToBytes(key, payloads.get(i), aad);
        times[i] = (System.nanoTime() - start) / 1e6;
        sealed.add(blob);
      }
    }
    return times;
  }

  private static double heapMib() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }

  private static double[] toMillis(long[] nanos) {
    return Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
  }

  static double p95(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
  }

  static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
