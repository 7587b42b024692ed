package org.depder.launch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.depder.crypto.Ed25519;
import org.depder.server.DepderServer;
import org.depder.server.ServerContext;
import org.depder.server.config.ConfigLoader;
import org.depder.server.config.ServerConfig;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.StoredRevision;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.ingest.IngestService;
import org.depder.server.ingest.PushResult;
import org.depder.server.storage.DatabaseSettings;
import org.depder.server.storage.RevisionBulkInsert;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.SignedRevision;

/**
 * {@code bench server}: the central server on SQLite (always) and on PostgreSQL (when {@code --db
 * jdbc:postgresql://...} names a scratch database). For each database: pre-fill N revision rows,
 * measure sustained ingest of bundles through the server's own {@link IngestService} (in process,
 * no HTTP), measure plain JDBC inserts of the same rows into the same table (the limit), then start
 * the real {@link DepderServer} and let D enrolled devices push one bundle each over HTTPS on
 * loopback at once. See docs/benchmarks.md for what each figure means.
 */
final class ServerBenchmark {
  /** Revisions per bundle in the ingest measurement: a laptop's backlog after a few days. */
  static final int BUNDLE_REVISIONS = 250;

  private static final int INGEST_DEVICES = 4;
  private static final int WARM_UP_BUNDLES = 8;
  private static final int MEASURED_BUNDLES = 40;
  private static final int PREFILL_BATCH = 10_000;

  private final long records;
  private final int devices;
  private final Optional<String> postgresUrl;
  private final Optional<String> postgresUser;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  ServerBenchmark(
      long records, int devices, Optional<String> postgresUrl, Optional<String> postgresUser) {
    this.records = records;
    this.devices = devices;
    this.postgresUrl = postgresUrl;
    this.postgresUser = postgresUser;
  }

  BenchReport run() throws IOException, BenchmarkException {
    Path work = Files.createTempDirectory("depder-bench-server");
    Map<String, Double> metrics = new TreeMap<>();
    Map<String, Double> limits = new TreeMap<>();
    try {
      limits.put("raw_verify_per_s", verifyRate());
      Map<String, String> sqlite = new HashMap<>();
      measure(work.resolve("sqlite"), sqlite, "", "_sqlite", metrics, limits);
      if (postgresUrl.isPresent()) {
        Map<String, String> pg = new HashMap<>();
        pg.put("db.url", postgresUrl.get());
        postgresUser.ifPresent(u -> pg.put("db.user", u));
        measure(work.resolve("postgres"), pg, "_postgres", "_postgres", metrics, limits);
      }
    } finally {
      deleteTree(work);
    }
    return new BenchReport("server", records, metrics, limits);
  }

  private void measure(
      Path dataDir,
      Map<String, String> dbFlags,
      String suffix,
      String ingestSuffix,
      Map<String, Double> metrics,
      Map<String, Double> limits)
      throws BenchmarkException {
    Map<String, String> flags = new HashMap<>(dbFlags);
    flags.put("http.host", "127.0.0.1");
    flags.put("http.port", "0");
    ServerConfig config = ConfigLoader.load(dataDir, Optional.empty(), flags, System.getenv());
    ServerContext context = ServerContext.open(config, random, clock);
    DepderServer server = null;
    try {
      long started = System.nanoTime();
      try (RevisionBulkInsert bulk = RevisionBulkInsert.open(config.database())) {
        prefill(bulk);
        metrics.put("prefill_s" + ingestSuffix, (System.nanoTime() - started) / 1e9);
        double[] cpuMicros = new double[1];
        metrics.put("ingest_per_s" + ingestSuffix, ingestRate(context, cpuMicros));
        metrics.put("ingest_cpu_us_per_revision" + ingestSuffix, cpuMicros[0]);
        limits.put("raw_insert_per_s" + suffix, rawInsertRate(bulk));
      }
      long stored = context.store().transaction(tx -> tx.ingest().revisionCount());
      metrics.put("stored_revisions" + ingestSuffix, (double) stored);
      if (config.database().sqlite()) {
        metrics.put("db_bytes_per_revision_sqlite", sqliteBytes(dataDir) / (double) stored);
      }
      server = DepderServer.start(context);
      ConcurrentPushes.Result pushes =
          new ConcurrentPushes(server, enrol(context, devices)).run(random);
      metrics.put("concurrent_devices_errors" + suffix, (double) pushes.errors());
      metrics.put("push_p50_ms" + suffix, pushes.p50Millis());
      metrics.put("push_p99_ms" + suffix, pushes.p99Millis());
      metrics.put("concurrent_devices_wall_ms" + suffix, pushes.wallMillis());
    } finally {
      if (server != null) {
        server.close();
      } else {
        context.close();
      }
    }
  }

  private void prefill(RevisionBulkInsert bulk) {
    BenchDevice author = new BenchDevice(20261129L);
    Instant at = clock.instant();
    List<StoredRevision> batch = new ArrayList<>(PREFILL_BATCH);
    for (long i = 0; i < records; i++) {
      batch.add(author.unsignedRow());
      if (batch.size() == PREFILL_BATCH || i == records - 1) {
        bulk.insert(batch, at, true);
        batch.clear();
      }
    }
  }

  /**
   * Revisions per second over the measured bundles; {@code cpuMicros[0]} receives this process's
   * CPU time per revision over the same interval, which a busy shared machine distorts far less
   * than wall time (the database's own work is in the process too, except PostgreSQL's).
   */
  private double ingestRate(ServerContext context, double[] cpuMicros) throws BenchmarkException {
    IngestService ingest =
        new IngestService(
            context.store(), context.keys(), BundleLimits.V1, context.random(), context.clock());
    List<BenchDevice> senders = enrol(context, INGEST_DEVICES);
    DeviceId serverId = context.keys().id();
    byte[] agreement = context.keys().publicKeys().agreement();
    List<byte[]> bundles = new ArrayList<>();
    for (int i = 0; i < WARM_UP_BUNDLES + MEASURED_BUNDLES; i++) {
      WrittenBundle b =
          senders.get(i % INGEST_DEVICES).nextBundle(serverId, agreement, BUNDLE_REVISIONS);
      bundles.add(b.bytes());
    }
    long start = 0;
    long cpuStart = 0;
    for (int i = 0; i < bundles.size(); i++) {
      if (i == WARM_UP_BUNDLES) {
        start = System.nanoTime();
        cpuStart = processCpuNanos();
      }
      PushResult result = ingest.push(bundles.get(i));
      if (!(result instanceof PushResult.Applied)) {
        throw new BenchmarkException("The server did not apply a benchmark bundle: " + result);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double revisions = MEASURED_BUNDLES * (double) BUNDLE_REVISIONS;
    cpuMicros[0] = (processCpuNanos() - cpuStart) / 1e3 / revisions;
    return revisions / seconds;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Plain inserts of rows shaped like ingest's, one transaction per bundle's worth, same table. */
  private double rawInsertRate(RevisionBulkInsert bulk) {
    BenchDevice author = new BenchDevice(42L);
    List<List<StoredRevision>> transactions = new ArrayList<>();
    for (int t = 0; t < WARM_UP_BUNDLES + MEASURED_BUNDLES; t++) {
      List<StoredRevision> rows = new ArrayList<>(BUNDLE_REVISIONS);
      for (int i = 0; i < BUNDLE_REVISIONS; i++) {
        rows.add(author.unsignedRow());
      }
      transactions.add(rows);
    }
    Instant at = clock.instant();
    long start = 0;
    for (int t = 0; t < transactions.size(); t++) {
      if (t == WARM_UP_BUNDLES) {
        start = System.nanoTime();
      }
      bulk.insert(transactions.get(t), at, false);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return MEASURED_BUNDLES * (double) BUNDLE_REVISIONS / seconds;
  }

  /**
   * Ed25519 signature checks of revisions per second on one thread, nothing else: every revision
   * ingest stores costs one, so ingest on C free cores cannot beat C times this.
   */
  private static double verifyRate() throws BenchmarkException {
    BenchDevice author = new BenchDevice(7L);
    List<SignedRevision> signed = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      signed.add(RevisionJson.signedFromJson(author.signedRevision()));
    }
    long start = 0;
    for (int round = 0; round < 2; round++) {
      start = System.nanoTime();
      for (SignedRevision s : signed) {
        byte[] message = RevisionJson.signingBytes(s.revision());
        if (!Ed25519.verify(author.signingKey(), message, s.signature())) {
          throw new BenchmarkException("A benchmark revision did not verify");
        }
      }
    }
    return signed.size() / ((System.nanoTime() - start) / 1e9);
  }

  /** Enrols {@code count} new devices with one-time codes, in process (not part of any figure). */
  private List<BenchDevice> enrol(ServerContext context, int count) {
    EnrolmentService enrolment =
        new EnrolmentService(
            context.store(),
            context.identity(),
            new AttemptLimiter(10, Duration.ofMinutes(15), clock),
            clock);
    List<BenchDevice> enrolled = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BenchDevice device = new BenchDevice(random.nextLong());
      String code =
          context.admin().issueCode(DeviceRole.SCREENER, "BENCH-01", Duration.ofHours(1)).code();
      enrolment.enrol(device.enrolRequest(code), "bench");
      enrolled.add(device);
    }
    return enrolled;
  }

  /** The SQLite file and its write-ahead log (not yet checkpointed into it). */
  private static long sqliteBytes(Path dataDir) throws BenchmarkException {
    try {
      long bytes = 0;
      for (String suffix : List.of("", "-wal")) {
        Path f = dataDir.resolve(DatabaseSettings.SQLITE_FILE + suffix);
        bytes += Files.exists(f) ? Files.size(f) : 0;
      }
      return bytes;
    } catch (IOException e) {
      throw new BenchmarkException("Cannot read the benchmark database's size: " + e.getMessage());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
