package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.crypto.RecipientSealScheme;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;

/**
 * The signed header of a bundle (docs/bundle-format.md). Format 1 fixes {@code codec = "gzip"},
 * {@code kind = "revisions"}, the encryption scheme and Ed25519 signatures; a change to any of them
 * is a new format number.
 *
 * @param prevBundleHash the manifest hash of this stream's previous bundle; empty only at seq 1
 * @param payloadHash {@code sha256:<hex>} of the sealed payload bytes exactly as transported
 */
public record BundleManifest(
    UUID bundleId,
    DeviceId sender,
    DeviceId recipient,
    long seq,
    Optional<String> prevBundleHash,
    Instant created,
    int count,
    String payloadHash) {

  public static final int FORMAT = 1;
  public static final String CODEC = "gzip";
  public static final String KIND = "revisions";
  public static final RecipientSealScheme SCHEME =
      RecipientSealScheme.X25519_HKDF_SHA256_AES256GCM_V1;

  /** Largest seq: integers beyond 2^53 - 1 do not survive an I-JSON (double) reader. */
  public static final long MAX_SEQ = (1L << 53) - 1;

  private static final Set<String> MEMBERS =
      Set.of(
          "format",
          "bundleId",
          "sender",
          "recipient",
          "seq",
          "prevBundleHash",
          "created",
          "count",
          "codec",
          "payloadHash",
          "encryption",
          "kind");
  private static final byte[] AAD_LABEL =
      "depder/bundle-payload/v1\n".getBytes(StandardCharsets.US_ASCII);

  public BundleManifest {
    Objects.requireNonNull(bundleId, "bundleId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(prevBundleHash, "prevBundleHash");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(payloadHash, "payloadHash");
    if (seq < 1 || seq > MAX_SEQ || count < 0) {
      throw new IllegalArgumentException("seq or count out of range");
    }
    if ((seq == 1) != prevBundleHash.isEmpty()) {
      throw new IllegalArgumentException("prevBundleHash is empty exactly at seq 1");
    }
    if (!BundleJson.isHash(payloadHash) || !prevBundleHash.map(BundleJson::isHash).orElse(true)) {
      throw new IllegalArgumentException("hashes are spelled sha256:<64 hex digits>");
    }
  }

  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("format", FORMAT);
    node.put("bundleId", bundleId.toString());
    node.put("sender", sender.value());
    node.put("recipient", recipient.value());
    node.put("seq", seq);
    if (prevBundleHash.isPresent()) {
      node.put("prevBundleHash", prevBundleHash.get());
    } else {
      node.putNull("prevBundleHash");
    }
    node.put("created", created.toString());
    node.put("count", count);
    node.put("codec", CODEC);
    node.put("payloadHash", payloadHash);
    node.putObject("encryption").put("scheme", SCHEME.id());
    node.put("kind", KIND);
    return node;
  }

  /** RFC 8785 bytes: what the sender signs. */
  public byte[] canonicalBytes() {
    return CanonicalJson.encode(toJson());
  }

  /**
   * {@code sha256:<hex>} of {@link #canonicalBytes()}: the id of this bundle in chains and
   * receipts.
   */
  public String manifestHash() {
    return BundleJson.taggedSha256(canonicalBytes());
  }

  /**
   * Associated data of the sealed payload: a label and SHA-256 of the canonical manifest without
   * {@code payloadHash} (which cannot cover the ciphertext it is computed from). It binds the
   * ciphertext to its sender, recipient, seq, bundle id and count, so a payload cannot be moved
   * under another manifest even by its own sender's mistake.
   */
  public byte[] payloadAad() {
    ObjectNode node = toJson();
    node.remove("payloadHash");
    byte[] digest = BundleJson.sha256(CanonicalJson.encode(node));
    byte[] aad = new byte[AAD_LABEL.length + digest.length];
    System.arraycopy(AAD_LABEL, 0, aad, 0, AAD_LABEL.length);
    System.arraycopy(digest, 0, aad, AAD_LABEL.length, digest.length);
    return aad;
  }

  BundleManifest withPayloadHash(String hash) {
    return new BundleManifest(
        bundleId, sender, recipient, seq, prevBundleHash, created, count, hash);
  }

  /**
   * Reads a received manifest. The format number is checked first so that a later format's manifest
   * is reported as {@link RejectionReason#UNSUPPORTED_FORMAT}, not as malformed.
   */
  static BundleManifest fromJson(JsonNode node, BundleLimits limits) {
    if (!(node instanceof ObjectNode)) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    checkFormat(node);
    BundleJson.objectWith(node, MEMBERS);
    if (!CODEC.equals(BundleJson.text(node, "codec"))
        || !KIND.equals(BundleJson.text(node, "kind"))
        || !SCHEME
            .id()
            .equals(
                BundleJson.text(
                    BundleJson.objectWith(node.get("encryption"), Set.of("scheme")), "scheme"))) {
      throw new BundleFormatException(RejectionReason.UNSUPPORTED_FORMAT);
    }
    long seq = BundleJson.whole(node, "seq", 1, MAX_SEQ);
    long count = BundleJson.whole(node, "count", 0, Integer.MAX_VALUE);
    if (count > limits.maxItems()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    JsonNode prev = node.get("prevBundleHash");
    Optional<String> prevHash =
        prev.isNull() ? Optional.empty() : Optional.of(BundleJson.hash(node, "prevBundleHash"));
    if ((seq == 1) != prevHash.isEmpty()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    return new BundleManifest(
        uuid(BundleJson.text(node, "bundleId")),
        deviceId(BundleJson.text(node, "sender")),
        deviceId(BundleJson.text(node, "recipient")),
        seq,
        prevHash,
        instant(BundleJson.text(node, "created")),
        (int) count,
        BundleJson.hash(node, "payloadHash"));
  }

  /** Runs a constructor on already-read values; its IllegalArgumentException becomes MALFORMED. */
  static <T> T guard(java.util.function.Supplier<T> construct) {
    try {
      return construct.get();
    } catch (IllegalArgumentException e) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
  }

  static void checkFormat(JsonNode node) {
    JsonNode format = node.get("format");
    if (format == null || !format.isIntegralNumber()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    if (!format.canConvertToInt() || format.intValue() != FORMAT) {
      throw new BundleFormatException(RejectionReason.UNSUPPORTED_FORMAT);
    }
  }

  /** A UUID in its one lower-case canonical spelling. */
  static UUID uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equals(text)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new BundleFormatException(RejectionReason.MALFORMED);
  }

  static DeviceId deviceId(String text) {
    try {
      return new DeviceId(text);
    } catch (IllegalArgumentException e) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
  }

  /** An ISO instant in {@link Instant#toString()}'s spelling (UTC, "Z"), so it has one form. */
  static Instant instant(String text) {
    try {
      Instant instant = Instant.parse(text);
      if (instant.toString().equals(text)) {
        return instant;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new BundleFormatException(RejectionReason.MALFORMED);
  }

  @Override
  public String toString() {
    return "BundleManifest["
        + bundleId
        + " "
        + sender
        + "->"
        + recipient
        + " seq "
        + seq
        + ", "
        + count
        + " items]";
  }
}
