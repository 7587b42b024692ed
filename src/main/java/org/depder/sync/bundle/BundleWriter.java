package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import org.depder.crypto.Ed25519;
import org.depder.crypto.RecipientSeal;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;

/**
 * Writes bundle format 1: the items as canonical JSON, gzip-compressed once, sealed to the
 * recipient's X25519 key with the manifest as associated data, and the manifest signed.
 *
 * <p>The writer refuses (with {@link RejectionReason#OVERSIZE}) a bundle its peer's {@link
 * BundleLimits} would refuse, so the outbox splits its items instead of sending something that can
 * never be accepted.
 */
public final class BundleWriter {
  private static final String ZERO_HASH = "sha256:" + "0".repeat(64);

  private final DeviceId self;
  private final BundleSigner signer;
  private final SecureRandom random;
  private final Clock clock;
  private final BundleLimits limits;
  private final RecipientSeal seal;

  public BundleWriter(
      DeviceId self, BundleSigner signer, SecureRandom random, Clock clock, BundleLimits limits) {
    this.self = Objects.requireNonNull(self, "self");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.seal = new RecipientSeal(random);
  }

  /**
   * One bundle of {@code items} (JSON objects, e.g. signed revisions) for the next {@code seq} of
   * the stream to {@code recipient}.
   *
   * @param prevBundleHash the manifest hash of the stream's previous bundle; empty for seq 1
   */
  public WrittenBundle write(
      DeviceId recipient,
      byte[] recipientAgreementKey,
      long seq,
      Optional<String> prevBundleHash,
      List<? extends JsonNode> items) {
    if (items.size() > limits.maxItems()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    byte[] plaintext = payloadJson(items);
    if (plaintext.length > limits.maxDecompressedBytes()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    byte[] compressed = Gzip.compress(plaintext, Deflater.DEFAULT_COMPRESSION);
    return sealAndSign(
        recipient, recipientAgreementKey, seq, prevBundleHash, compressed, items.size());
  }

  /** {@code {"items":[...]}} in RFC 8785 form: one byte form for the same items on every device. */
  static byte[] payloadJson(List<? extends JsonNode> items) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    ArrayNode array = payload.putArray("items");
    for (JsonNode item : items) {
      if (!(item instanceof ObjectNode)) {
        throw new IllegalArgumentException("bundle items are JSON objects");
      }
      array.add(item);
    }
    return CanonicalJson.encode(payload);
  }

  /** Seals and signs an already compressed payload; tests use it to build authentic bad bundles. */
  WrittenBundle sealAndSign(
      DeviceId recipient,
      byte[] recipientAgreementKey,
      long seq,
      Optional<String> prevBundleHash,
      byte[] compressedPayload,
      int count) {
    BundleManifest draft =
        new BundleManifest(
            BundleJson.randomUuid(random),
            self,
            recipient,
            seq,
            prevBundleHash,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            count,
            ZERO_HASH);
    byte[] sealed =
        seal.seal(recipientAgreementKey, compressedPayload, draft.payloadAad()).toBytes();
    if (sealed.length > limits.maxPayloadBytes()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    BundleManifest manifest = draft.withPayloadHash(BundleJson.taggedSha256(sealed));
    byte[] canonical = manifest.canonicalBytes();
    byte[] signature = signer.sign(canonical);
    if (signature.length != Ed25519.SIGNATURE_LENGTH) {
      throw new IllegalStateException("the signer did not return an Ed25519 signature");
    }
    byte[] bytes = frame(canonical, signature, sealed);
    if (bytes.length > limits.maxBundleBytes()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    return new WrittenBundle(bytes, manifest, BundleJson.taggedSha256(canonical));
  }

  /**
   * The outer document, written directly: its members are already in canonical order and the
   * payload string needs no escaping, so this is the RFC 8785 form without a second pass over it.
   */
  private static byte[] frame(byte[] canonicalManifest, byte[] signature, byte[] sealed) {
    String manifest = new String(canonicalManifest, StandardCharsets.UTF_8);
    return ("{\"manifest\":"
            + manifest
            + ",\"payload\":\""
            + BundleJson.base64(sealed)
            + "\",\"signature\":\""
            + BundleJson.base64(signature)
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
