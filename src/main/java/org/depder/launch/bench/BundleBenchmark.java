package org.depder.launch.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.Deflater;
import org.depder.app.people.PersonIdentity;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.RecipientSeal;
import org.depder.crypto.X25519;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleOutcome;
import org.depder.sync.bundle.BundleReader;
import org.depder.sync.bundle.BundleWriter;
import org.depder.sync.bundle.InMemoryInboundLedger;
import org.depder.sync.bundle.InMemoryPeerDirectory;
import org.depder.sync.bundle.PayloadOpener;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;

/**
 * {@code bench bundle}: N revision-shaped items (ids, device, hybrid time, parents, 3-6 changed
 * fields of realistic length, a 64-byte signature) exported to one bundle and imported again,
 * median of several runs after two warm-up rounds. {@code export_ms} is canonical JSON + gzip +
 * seal + sign; {@code import_ms} is verify + hash + decrypt + gunzip + strict parse (applying the
 * revisions to a vault is not part of it yet). The limits are measured in the same run: plain
 * deflate of the same JSON and one recipient seal of the compressed bytes.
 */
final class BundleBenchmark {
  /** Untimed rounds first: the JIT needs a few passes over 5 MB of JSON before times settle. */
  private static final int WARM_UP = 2;

  private final int records;
  private final int runs;

  BundleBenchmark(long records, int runs) {
    this.records = Math.toIntExact(records);
    this.runs = Math.max(1, runs);
  }

  BenchReport run() throws BenchmarkException {
    SecureRandom random = new SecureRandom();
    KeyPairMaterial aliceSigning = new Ed25519(random).generateKeyPair();
    KeyPairMaterial aliceAgreement = new X25519(random).generateKeyPair();
    KeyPairMaterial bobSigning = new Ed25519(random).generateKeyPair();
    KeyPairMaterial bobAgreement = new X25519(random).generateKeyPair();
    DeviceId alice = DeviceId.ofSigningKey(aliceSigning.publicKey());
    DeviceId bob = DeviceId.ofSigningKey(bobSigning.publicKey());
    PeerDirectory bobsPeers =
        new InMemoryPeerDirectory()
            .add(
                PeerDirectory.Peer.of(aliceSigning.publicKey(), aliceAgreement.publicKey(), false));
    BundleWriter writer =
        new BundleWriter(
            alice,
            message -> Ed25519.sign(aliceSigning.privateKey(), message),
            random,
            Clock.systemUTC(),
            BundleLimits.V1);
    PayloadOpener opener = PayloadOpener.withKey(bobAgreement.privateKey());
    List<ObjectNode> items = revisions(records, alice, new Random(20261129L));

    double[] export = new double[runs];
    double[] importing = new double[runs];
    int bundleBytes = 0;
    for (int run = -WARM_UP; run < runs; run++) {
      long start = System.nanoTime();
      WrittenBundle bundle =
          writer.write(bob, bobAgreement.publicKey(), 1, Optional.empty(), items);
      long exported = System.nanoTime();
      BundleReader reader =
          new BundleReader(bob, opener, bobsPeers, new InMemoryInboundLedger(), BundleLimits.V1);
      byte[] bytes = bundle.bytes();
      long importStart = System.nanoTime();
      BundleOutcome outcome = reader.read(bytes);
      long imported = System.nanoTime();
      if (!(outcome instanceof BundleOutcome.Accepted accepted)
          || accepted.items().size() != records) {
        throw new BenchmarkException("The bundle benchmark's own bundle was refused: " + outcome);
      }
      if (run >= 0) {
        export[run] = (exported - start) / 1e6;
        importing[run] = (imported - importStart) / 1e6;
      }
      bundleBytes = bytes.length;
    }

    byte[] json = payloadJson(items);
    double[] compress = new double[runs];
    double[] seal = new double[runs];
    RecipientSeal recipientSeal = new RecipientSeal(random);
    for (int run = -WARM_UP; run < runs; run++) {
      long start = System.nanoTime();
      byte[] deflated = deflate(json);
      long compressed = System.nanoTime();
      recipientSeal.seal(bobAgreement.publicKey(), deflated, new byte[32]);
      long sealed = System.nanoTime();
      if (run >= 0) {
        compress[run] = (compressed - start) / 1e6;
        seal[run] = (sealed - compressed) / 1e6;
      }
    }

    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("export_ms", StartupBenchmark.median(export));
    metrics.put("import_ms", StartupBenchmark.median(importing));
    metrics.put("bytes_per_revision", (double) bundleBytes / records);
    metrics.put("bundle_bytes", (double) bundleBytes);
    metrics.put("json_bytes_per_revision", (double) json.length / records);
    Map<String, Double> limits = new TreeMap<>();
    limits.put("raw_compress_ms", StartupBenchmark.median(compress));
    limits.put("raw_seal_ms", StartupBenchmark.median(seal));
    return new BenchReport("bundle", records, metrics, limits);
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

  /** Revision JSON as the revision layer writes it: random v4 ids stand in for UUIDv7. */
  private static List<ObjectNode> revisions(int n, DeviceId device, Random random) {
    SyntheticPeople people = new SyntheticPeople(random.nextLong());
    List<UUID> authors = List.of(uuid(random), uuid(random), uuid(random));
    List<ObjectNode> items = new ArrayList<>(n);
    long time = 1_795_000_000_000L;
    byte[] signature = new byte[64];
    for (int i = 0; i < n; i++) {
      ObjectNode item = JsonNodeFactory.instance.objectNode();
      item.put("revisionId", uuid(random).toString());
      boolean screening = i % 3 == 0;
      item.put("entityType", screening ? "screening" : "person");
      item.put("entityId", uuid(random).toString());
      if (i % 4 != 0) {
        item.putArray("parents").add(uuid(random).toString());
      } else {
        item.putArray("parents");
      }
      item.put("author", authors.get(i % authors.size()).toString());
      item.put("device", device.value());
      time += random.nextInt(60_000);
      item.put("hybridLogicalTime", String.format("%016x-%08x", time, random.nextInt(3)));
      ObjectNode changes = item.putObject("changes");
      if (screening) {
        changes.put("indicatorSet", "nrm-tm-2026.1");
        changes.put("answers.recruitment", random.nextBoolean() ? "deceived" : "coerced");
        changes.put("answers.documentsWithheld", random.nextBoolean());
        changes.put("score", random.nextInt(40));
        changes.put("outcome", random.nextBoolean() ? "presumed" : "not_presumed");
      } else {
        PersonIdentity person = people.next(i);
        changes.put("familyName", person.familyName());
        changes.put("givenName", person.givenName());
        person.patronymic().ifPresent(p -> changes.put("patronymic", p));
        person.birthYear().ifPresent(y -> changes.put("birthYear", y));
        person.documentNumber().ifPresent(d -> changes.put("documentNumber", d));
        changes.put("phone", "+9936" + (1_000_000 + random.nextInt(9_000_000)));
      }
      item.put("schemaVersion", 1);
      random.nextBytes(signature);
      item.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
      items.add(item);
    }
    return items;
  }

  private static UUID uuid(Random random) {
    return new UUID(
        (random.nextLong() & ~0xf000L) | 0x4000L,
        (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
  }
}
