package org.depder.launch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.Deflater;
import org.depder.app.people.PersonIdentity;
import org.depder.app.replication.AppliedRevisionsListener;
import org.depder.app.replication.ImportResult;
import org.depder.app.replication.ProgressListener;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.TransferResult;
import org.depder.app.replication.VaultSyncService;
import org.depder.app.vault.DeviceKeys;
import org.depder.app.vault.KdfPolicy;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.SealingLimits;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.crypto.RecipientSeal;
import org.depder.domain.UuidV7;
import org.depder.store.PeerKind;
import org.depder.store.RevisionEntry;
import org.depder.store.VaultOpener;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.HybridLogicalClock;
import org.depder.sync.revision.RevisionAuthor;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionSigner;
import org.depder.sync.revision.SignedRevision;

/**
 * {@code bench bundle}: N real signed revisions (3-6 changed fields of realistic length) queued in
 * one vault, exported to a bundle file and imported into a fresh second vault, through {@link
 * VaultSyncService}; median of several runs after two warm-up rounds.
 *
 * <p>{@code export_ms}: read and open the N revisions from the outbox, canonical JSON, gzip, seal,
 * sign, atomic write with fsync, read back and verify, record the bundle as sent. {@code
 * import_ms}: read the file, verify manifest and hash, decrypt, gunzip, strict parse, verify every
 * revision's signature, insert the N revisions and the ledger row in one durable transaction, and
 * write the signed receipt file. Each run imports into a new vault (created untimed, with cheap
 * Argon2id costs since unlocking is not measured), so every run applies N new revisions. The limits
 * are measured in the same run: plain deflate of the same JSON and one recipient seal of it.
 */
final class BundleBenchmark {
  /** Untimed rounds first: the JIT needs a few passes over 5 MB of JSON before times settle. */
  private static final int WARM_UP = 2;

  private static final KdfPolicy BENCH_KDF = new KdfPolicy(256, 1, 1);
  private static final String LOGIN = "bench.admin";
  private static final String PASSWORD = "Benchmark parol 2026!";

  private final int records;
  private final int runs;

  BundleBenchmark(long records, int runs) {
    this.records = Math.toIntExact(records);
    this.runs = Math.max(1, runs);
  }

  BenchReport run() throws BenchmarkException, IOException {
    Path dir = Files.createTempDirectory("depder-bench-bundle");
    try {
      return measure(dir);
    } catch (VaultException | ReplicationException e) {
      throw new BenchmarkException("The bundle benchmark failed: " + e.getMessage());
    } finally {
      VaultBenchmark.deleteRecursively(dir);
    }
  }

  private BenchReport measure(Path dir)
      throws VaultException, ReplicationException, BenchmarkException, IOException {
    SecureRandom random = new SecureRandom();
    LocalVaultService sender = vault(dir.resolve("sender.depder"), random);
    VaultSession senderSession = sender.session();
    List<ObjectNode> items = revisions(records, senderSession, new Random(20261129L));
    VaultSyncService senderSync = service(sender, random);

    double[] export = new double[runs];
    double[] importing = new double[runs];
    Map<String, double[]> phases = new TreeMap<>();
    long bundleBytes = 0;
    String previous = null;
    for (int run = -WARM_UP; run < runs; run++) {
      Path runDir = Files.createDirectories(dir.resolve("run" + (run + WARM_UP)));
      LocalVaultService receiver = vault(runDir.resolve("receiver.depder"), random);
      VaultSession receiverSession = receiver.session();
      if (previous != null) {
        senderSession.replication().peers().revoke(previous);
      }
      previous = pair(senderSession, receiverSession);
      VaultSyncService receiverSync = service(receiver, random);

      PhaseTimer exportPhases = new PhaseTimer();
      PhaseTimer importPhases = new PhaseTimer();
      long start = System.nanoTime();
      TransferResult bundle =
          senderSync.exportStuckItems(runDir.resolve("bundle.json"), exportPhases);
      long exported = System.nanoTime();
      ImportResult result = receiverSync.importFile(bundle.file(), runDir, importPhases);
      long imported = System.nanoTime();
      if (run >= 0) {
        exportPhases.record("export_", start, exported, phases, run, runs);
        importPhases.record("import_", exported, imported, phases, run, runs);
      }
      if (!(result instanceof ImportResult.BundleApplied applied) || applied.applied() != records) {
        throw new BenchmarkException("The bundle benchmark's own bundle was not applied");
      }
      if (run >= 0) {
        export[run] = (exported - start) / 1e6;
        importing[run] = (imported - exported) / 1e6;
      }
      bundleBytes = bundle.bytes();
      receiver.lock();
    }

    byte[] json = payloadJson(items);
    double[] compress = new double[runs];
    double[] seal = new double[runs];
    RecipientSeal recipientSeal = new RecipientSeal(random);
    byte[] someKey = senderSession.deviceKeys().agreementPublicKey();
    for (int run = -WARM_UP; run < runs; run++) {
      long start = System.nanoTime();
      byte[] deflated = deflate(json);
      long compressed = System.nanoTime();
      recipientSeal.seal(someKey, deflated, new byte[32]);
      long sealed = System.nanoTime();
      if (run >= 0) {
        compress[run] = (compressed - start) / 1e6;
        seal[run] = (sealed - compressed) / 1e6;
      }
    }
    sender.lock();

    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("export_ms", StartupBenchmark.median(export));
    metrics.put("import_ms", StartupBenchmark.median(importing));
    metrics.put("bytes_per_revision", (double) bundleBytes / records);
    metrics.put("bundle_bytes", (double) bundleBytes);
    metrics.put("json_bytes_per_revision", (double) json.length / records);
    phases.forEach((name, values) -> metrics.put(name, StartupBenchmark.median(values)));
    Map<String, Double> limits = new TreeMap<>();
    limits.put("raw_compress_ms", StartupBenchmark.median(compress));
    limits.put("raw_seal_ms", StartupBenchmark.median(seal));
    return new BenchReport("bundle", records, metrics, limits);
  }

  /**
   * Splits a transfer's time by the phases its progress reports: each phase lasts from its first
   * report to the next phase's first report (the last one to the end), e.g. {@code
   * import_applying_ms} is verifying every revision and the apply transaction.
   */
  private static final class PhaseTimer implements ProgressListener {
    private final Map<Phase, Long> starts = new java.util.EnumMap<>(Phase.class);

    @Override
    public void progress(Phase phase, long done, long total) {
      starts.putIfAbsent(phase, System.nanoTime());
    }

    void record(
        String prefix, long start, long end, Map<String, double[]> into, int run, int runs) {
      List<Map.Entry<Phase, Long>> ordered = new ArrayList<>(starts.entrySet());
      ordered.sort(Map.Entry.comparingByValue());
      for (int i = 0; i < ordered.size(); i++) {
        long from = i == 0 ? start : ordered.get(i).getValue();
        long to = i + 1 < ordered.size() ? ordered.get(i + 1).getValue() : end;
        String name =
            prefix + ordered.get(i).getKey().name().toLowerCase(java.util.Locale.ROOT) + "_ms";
        into.computeIfAbsent(name, k -> new double[runs])[run] = (to - from) / 1e6;
      }
    }
  }

  private static LocalVaultService vault(Path file, SecureRandom random) throws VaultException {
    LocalVaultService vault =
        new LocalVaultService(
            file, new VaultOpener(), BENCH_KDF, SealingLimits.DEFAULTS, Clock.systemUTC(), random);
    vault.create(LOGIN, "Benchmark", PASSWORD.toCharArray());
    return vault;
  }

  private static VaultSyncService service(LocalVaultService vault, SecureRandom random) {
    return new VaultSyncService(
        vault::session,
        entities -> AppliedRevisionsListener.ApplyReport.NOTHING,
        Clock.systemUTC(),
        random,
        org.depder.sync.bundle.BundleLimits.V1,
        Duration.ofDays(3));
  }

  /** Each vault pins the other as its server; returns the receiver's device id. */
  private static String pair(VaultSession sender, VaultSession receiver) {
    DeviceKeys s = sender.deviceKeys();
    DeviceKeys r = receiver.deviceKeys();
    String senderId = DeviceId.ofSigningKey(s.signingPublicKey()).value();
    String receiverId = DeviceId.ofSigningKey(r.signingPublicKey()).value();
    sender
        .replication()
        .peers()
        .pin(receiverId, r.signingPublicKey(), r.agreementPublicKey(), PeerKind.SERVER);
    receiver
        .replication()
        .peers()
        .pin(senderId, s.signingPublicKey(), s.agreementPublicKey(), PeerKind.SERVER);
    return receiverId;
  }

  private static byte[] payloadJson(List<ObjectNode> items) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.putArray("items").addAll(items);
    return CanonicalJson.encode(payload);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * N revisions signed by the sender's device and queued in its outbox: a third screenings, the
   * rest people, every fourth a new entity and the others edits on top of an earlier revision.
   */
  private static List<ObjectNode> revisions(int n, VaultSession session, Random random) {
    DeviceKeys keys = session.deviceKeys();
    DeviceId device = DeviceId.ofSigningKey(keys.signingPublicKey());
    RevisionAuthor author =
        new RevisionAuthor(
            device,
            new HybridLogicalClock(Clock.systemUTC(), HybridLogicalClock.DEFAULT_MAX_DRIFT),
            new UuidV7());
    RevisionSigner signer = new RevisionSigner(device, keys::sign);
    SyntheticPeople people = new SyntheticPeople(random.nextLong());
    List<UUID> authors = List.of(uuid(random), uuid(random), uuid(random));
    List<ObjectNode> items = new ArrayList<>(n);
    List<RevisionEntry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean screening = i % 3 == 0;
      Map<String, JsonNode> changes = new TreeMap<>();
      if (screening) {
        changes.put("indicatorSet", TextNode.valueOf("nrm-tm-2026.1"));
        changes.put(
            "answers.recruitment", TextNode.valueOf(random.nextBoolean() ? "deceived" : "coerced"));
        changes.put("answers.documentsWithheld", BooleanNode.valueOf(random.nextBoolean()));
        changes.put("score", IntNode.valueOf(random.nextInt(40)));
        changes.put(
            "outcome", TextNode.valueOf(random.nextBoolean() ? "presumed" : "not_presumed"));
      } else {
        PersonIdentity person = people.next(i);
        changes.put("familyName", TextNode.valueOf(person.familyName()));
        changes.put("givenName", TextNode.valueOf(person.givenName()));
        person.patronymic().ifPresent(p -> changes.put("patronymic", TextNode.valueOf(p)));
        person.birthYear().ifPresent(y -> changes.put("birthYear", IntNode.valueOf(y)));
        person.documentNumber().ifPresent(d -> changes.put("documentNumber", TextNode.valueOf(d)));
        changes.put("phone", TextNode.valueOf("+9936" + (1_000_000 + random.nextInt(9_000_000))));
      }
      UUID user = authors.get(i % authors.size());
      String type = screening ? "screening" : "person";
      SignedRevision signed =
          signer.sign(
              i % 4 == 0 || i < 4
                  ? author.create(user, type, changes, 1)
                  : author.revise(user, type, uuid(random), List.of(uuid(random)), changes, 1));
      ObjectNode item = RevisionJson.toJson(signed);
      items.add(item);
      var r = signed.revision();
      entries.add(
          new RevisionEntry(
              r.revisionId(),
              r.entityType(),
              r.entityId(),
              r.hybridLogicalTime().wireForm(),
              device.value(),
              CanonicalJson.encode(item)));
    }
    session.replication().outbox().enqueue(entries);
    return items;
  }

  private static UUID uuid(Random random) {
    return new UUID(
        (random.nextLong() & ~0xf000L) | 0x4000L,
        (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
  }
}
