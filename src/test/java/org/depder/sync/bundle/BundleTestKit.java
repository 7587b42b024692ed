package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.crypto.Ed25519;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.crypto.X25519;
import org.depder.sync.revision.DeviceId;

/** Fixed test devices, a repeatable random source and revision-shaped items for bundle tests. */
final class BundleTestKit {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00.123Z"), ZoneOffset.UTC);

  private BundleTestKit() {}

  /** A device whose keys are SHA-256 of its name: the same on every run and every machine. */
  static final class Device {
    final String name;
    final SecretKeyMaterial signingKey;
    final SecretKeyMaterial agreementKey;
    final byte[] signingPublic;
    final byte[] agreementPublic;
    final DeviceId id;

    Device(String name) {
      this.name = name;
      this.signingKey = SecretKeyMaterial.copyOf(sha256("depder-test-device/" + name + "/ed25519"));
      this.agreementKey =
          SecretKeyMaterial.copyOf(sha256("depder-test-device/" + name + "/x25519"));
      this.signingPublic = Ed25519.publicKeyOf(signingKey);
      this.agreementPublic = X25519.publicKeyOf(agreementKey);
      this.id = DeviceId.ofSigningKey(signingPublic);
    }

    BundleSigner signer() {
      return message -> Ed25519.sign(signingKey, message);
    }

    PayloadOpener opener() {
      return PayloadOpener.withKey(agreementKey);
    }

    PeerDirectory.Peer peer() {
      return PeerDirectory.Peer.of(signingPublic, agreementPublic, false);
    }

    BundleWriter writer(long seed) {
      return new BundleWriter(id, signer(), new FixedRandom(seed), CLOCK, BundleLimits.V1);
    }

    ReceiptWriter receiptWriter(long seed) {
      return new ReceiptWriter(id, signer(), new FixedRandom(seed), CLOCK);
    }

    BundleReader reader(PeerDirectory peers, InboundLedger ledger) {
      return reader(peers, ledger, BundleLimits.V1);
    }

    BundleReader reader(PeerDirectory peers, InboundLedger ledger, BundleLimits limits) {
      return new BundleReader(id, opener(), peers, ledger, limits);
    }
  }

  /** Writes bundles from one device to another, keeping the stream's seq and chain. */
  static final class Stream {
    final Device from;
    final Device to;
    final BundleWriter writer;
    long seq;
    Optional<String> prev = Optional.empty();

    Stream(Device from, Device to, long seed) {
      this.from = from;
      this.to = to;
      this.writer = from.writer(seed);
    }

    WrittenBundle next(List<ObjectNode> items) {
      WrittenBundle bundle = writer.write(to.id, to.agreementPublic, ++seq, prev, items);
      prev = Optional.of(bundle.manifestHash());
      return bundle;
    }
  }

  /**
   * {@code n} objects shaped like signed revisions: ids, device, time, parents, a few changed
   * fields of realistic lengths and a signature. Repeatable for a seed.
   */
  static List<ObjectNode> items(int n, long seed) {
    SecureRandom random = new FixedRandom(seed);
    List<ObjectNode> items = new ArrayList<>(n);
    String device = HexFormat.of().formatHex(bytes(random, 16));
    UUID author = BundleJson.randomUuid(random);
    for (int i = 0; i < n; i++) {
      ObjectNode item = JsonNodeFactory.instance.objectNode();
      item.put("revisionId", BundleJson.randomUuid(random).toString());
      item.put("entityType", i % 3 == 0 ? "screening" : "person");
      item.put("entityId", BundleJson.randomUuid(random).toString());
      item.putArray("parents").add(BundleJson.randomUuid(random).toString());
      item.put("author", author.toString());
      item.put("device", device);
      item.put(
          "hybridLogicalTime", String.format("%016x-%08x", 1_795_000_000_000L + i * 1000L, i % 4));
      ObjectNode changes = item.putObject("changes");
      changes.put("familyName", "Annaýewa-" + (i % 50));
      changes.put("givenName", "Maýsa");
      changes.put("birthYear", 1990 + i % 30);
      changes.put("notes", "Gürrüňdeşlik " + i + ": maslahat berildi, ýerleşdirme soraldy.");
      item.put("schemaVersion", 1);
      item.put("signature", BundleJson.base64(bytes(random, 64)));
      items.add(item);
    }
    return items;
  }

  static byte[] bytes(SecureRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A repeatable "random" source: SHA-256(seed || counter) blocks. */
  static final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private long counter;

    FixedRandom(long seed) {
      this.seed = seed;
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
      try {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        int at = 0;
        while (at < out.length) {
          byte[] block =
              sha256.digest(ByteBuffer.allocate(16).putLong(seed).putLong(counter++).array());
          int n = Math.min(block.length, out.length - at);
          System.arraycopy(block, 0, out, at, n);
          at += n;
        }
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
