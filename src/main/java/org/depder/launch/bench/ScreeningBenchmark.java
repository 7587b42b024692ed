package org.depder.launch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.IncompleteScreeningException;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningDraftJson;
import org.depder.app.screening.ScreeningService;
import org.depder.app.screening.ScreeningStoreException;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.KdfPolicy;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.SealingLimits;
import org.depder.app.vault.VaultException;
import org.depder.crypto.Aead;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.ScreeningInput;
import org.depder.domain.screening.scoring.ScreeningScorer;
import org.depder.store.SqliteInsertBaseline;
import org.depder.store.VaultOpener;

/**
 * {@code bench screening}: the bundled draft indicator and rule set; scoring throughput over seeded
 * random answer sets; then a fresh vault with the production Argon2id costs, filled with N final
 * screenings through {@link VaultScreeningRepository} (one durable save each, as {@code bench
 * vault} fills people), and timed: finalising a complete screening through {@link ScreeningService}
 * and autosaving a draft after one changed answer. The limit beside them is a plain SQLite insert
 * of a sealed screening payload measured in the same run.
 */
final class ScreeningBenchmark {
  private static final String LOGIN = "bench.admin";
  private static final String PASSWORD = "Benchmark parol 2026!";
  private static final int SAMPLES = 300;
  private static final int SCORE_INPUTS = 2_000;
  private static final int SCORE_ROUNDS = 100;

  private final int records;

  ScreeningBenchmark(long records) {
    this.records = Math.toIntExact(records);
  }

  BenchReport run() throws IOException, BenchmarkException {
    Path dir = Files.createTempDirectory("depder-bench-screening");
    try {
      return measure(dir);
    } catch (ReferenceDataException e) {
      throw new BenchmarkException("The bundled reference data does not load: " + e.getMessage());
    } catch (VaultException | ScreeningStoreException | IncompleteScreeningException e) {
      throw new BenchmarkException("The screening benchmark failed: " + e.getMessage());
    } finally {
      VaultBenchmark.deleteRecursively(dir);
    }
  }

  private BenchReport measure(Path dir)
      throws ReferenceDataException,
          VaultException,
          ScreeningStoreException,
          IncompleteScreeningException,
          IOException {
    ReferenceDataLoader loader = ReferenceDataLoader.bundled();
    IndicatorSet indicators = loader.indicatorSet(ReferenceDataLoader.CURRENT_DRAFT);
    RuleSet rules = loader.ruleSet(ReferenceDataLoader.CURRENT_DRAFT);
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
    vault.create(LOGIN, "Benchmark", PASSWORD.toCharArray());
    VaultScreeningRepository repository = new VaultScreeningRepository(vault::session);
    ScreeningService service =
        new ScreeningService(repository, indicators, rules, Clock.systemUTC());
    SyntheticScreenings synthetic = new SyntheticScreenings(20261129L, service);

    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("score_per_s", scoresPerSecond(indicators, rules, synthetic));

    long fillStart = System.nanoTime();
    for (int i = 0; i < records; i++) {
      repository.save(synthetic.finalisedRecord());
    }
    metrics.put("fill_total_ms", (System.nanoTime() - fillStart) / 1e6);

    double[] finalise = new double[SAMPLES];
    double[] autosave = new double[SAMPLES];
    double[] lookup = new double[SAMPLES];
    double[] write = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      // the wizard has autosaved the draft many times before it is finalised
      ScreeningDraft draft = service.save(synthetic.complete());
      ScreeningDraft changed = synthetic.oneFieldChanged(draft);
      long start = System.nanoTime();
      ScreeningDraft saved = service.save(changed);
      autosave[i] = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      service.finalise(saved);
      finalise[i] = (System.nanoTime() - start) / 1e6;
      // the two halves of an autosave, apart: find the stored revisions, write one
      start = System.nanoTime();
      repository.latest(draft.id());
      lookup[i] = (System.nanoTime() - start) / 1e6;
      ScreeningDraft other = synthetic.complete();
      start = System.nanoTime();
      repository.save(other);
      write[i] = (System.nanoTime() - start) / 1e6;
    }
    metrics.put("save_screening_p95_ms", VaultBenchmark.p95(finalise));
    metrics.put("draft_autosave_p95_ms", VaultBenchmark.p95(autosave));
    metrics.put("latest_lookup_p95_ms", VaultBenchmark.p95(lookup));
    metrics.put("repository_save_p95_ms", VaultBenchmark.p95(write));
    vault.lock();
    metrics.put("bytes_per_record", (double) Files.size(file) / records);

    List<byte[]> sealed = new ArrayList<>();
    Aead aead = new Aead(random);
    byte[] aad = "records|bench|1|1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32)) {
      for (int i = 0; i < 1000; i++) {
        sealed.add(aead.sealToBytes(key, ScreeningDraftJson.encode(synthetic.complete()), aad));
      }
    }
    Map<String, Double> limits = new TreeMap<>();
    limits.put(
        "raw_insert_ms",
        VaultBenchmark.p95(
            java.util.Arrays.stream(
                    SqliteInsertBaseline.timeInserts(dir.resolve("raw.sqlite"), sealed))
                .mapToDouble(n -> n / 1e6)
                .toArray()));
    return new BenchReport("screening", records, metrics, limits);
  }

  /** Scores per second over seeded answer sets, after a warm-up of the same size. */
  private static double scoresPerSecond(
      IndicatorSet indicators, RuleSet rules, SyntheticScreenings synthetic) {
    List<ScreeningInput> inputs = new ArrayList<>();
    for (int i = 0; i < SCORE_INPUTS; i++) {
      inputs.add(synthetic.complete().toInput());
    }
    long sink = 0;
    for (int round = 0; round < SCORE_ROUNDS; round++) {
      for (ScreeningInput input : inputs) {
        sink += ScreeningScorer.score(indicators, rules, input).outcome().ordinal();
      }
    }
    long start = System.nanoTime();
    for (int round = 0; round < SCORE_ROUNDS; round++) {
      for (ScreeningInput input : inputs) {
        sink += ScreeningScorer.score(indicators, rules, input).outcome().ordinal();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink < 0) {
      throw new IllegalStateException("unreachable");
    }
    return Math.rint(SCORE_INPUTS * (double) SCORE_ROUNDS / seconds);
  }
}
