package org.depder.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Output of {@link RecipientSeal}: a payload encrypted to one recipient's X25519 key.
 *
 * <pre>
 * offset len  field
 * 0      4    magic "DPRS"
 * 4      1    format version = 0x01
 * 5      1    scheme numeric id (0x01 = X25519-HKDF-SHA256-AES256GCM-v1)
 * 6      32   ephemeral X25519 public key
 * 38     12   AES-GCM nonce
 * 50     n+16 ciphertext || 16-byte GCM tag
 * </pre>
 *
 * The 6 header bytes are authenticated as a prefix of the associated data; the ephemeral key is
 * bound through the HKDF salt.
 */
public record SealedEnvelope(
    RecipientSealScheme scheme, byte[] ephemeralPublicKey, byte[] nonce, byte[] ciphertextWithTag) {
  private static final byte[] MAGIC = "DPRS".getBytes(StandardCharsets.US_ASCII);
  public static final int FORMAT_VERSION = 1;
  static final int HEADER_LENGTH = MAGIC.length + 2;
  private static final int FIXED_LENGTH =
      HEADER_LENGTH + X25519.KEY_LENGTH + AesGcm.NONCE_LENGTH + AesGcm.TAG_LENGTH;

  public SealedEnvelope {
    Objects.requireNonNull(scheme, "scheme");
    if (ephemeralPublicKey.length != X25519.KEY_LENGTH) {
      throw new MalformedBlobException("ephemeral key has the wrong length");
    }
    if (nonce.length != AesGcm.NONCE_LENGTH) {
      throw new MalformedBlobException("nonce has the wrong length");
    }
    if (ciphertextWithTag.length < AesGcm.TAG_LENGTH) {
      throw new MalformedBlobException("ciphertext shorter than its tag");
    }
    ephemeralPublicKey = ephemeralPublicKey.clone();
    nonce = nonce.clone();
    ciphertextWithTag = ciphertextWithTag.clone();
  }

  @Override
  public byte[] ephemeralPublicKey() {
    return ephemeralPublicKey.clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public byte[] ciphertextWithTag() {
    return ciphertextWithTag.clone();
  }

  byte[] header() {
    return header(scheme);
  }

  static byte[] header(RecipientSealScheme scheme) {
    byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
    header[MAGIC.length] = FORMAT_VERSION;
    header[MAGIC.length + 1] = (byte) scheme.numericId();
    return header;
  }

  byte[] rawEphemeralPublicKey() {
    return ephemeralPublicKey;
  }

  byte[] rawNonce() {
    return nonce;
  }

  byte[] rawCiphertext() {
    return ciphertextWithTag;
  }

  public byte[] toBytes() {
    return Bytes.concat(header(), ephemeralPublicKey, nonce, ciphertextWithTag);
  }

  public static SealedEnvelope fromBytes(byte[] encoded) {
    if (encoded.length < HEADER_LENGTH || !Bytes.startsWith(encoded, MAGIC)) {
      throw new MalformedBlobException("not a sealed envelope");
    }
    int version = encoded[MAGIC.length] & 0xff;
    if (version != FORMAT_VERSION) {
      throw new MalformedBlobException("unsupported sealed envelope version " + version);
    }
    RecipientSealScheme scheme =
        RecipientSealScheme.fromNumericId(encoded[MAGIC.length + 1] & 0xff);
    if (encoded.length < FIXED_LENGTH) {
      throw new MalformedBlobException("sealed envelope is truncated");
    }
    int keyEnd = HEADER_LENGTH + X25519.KEY_LENGTH;
    int nonceEnd = keyEnd + AesGcm.NONCE_LENGTH;
    return new SealedEnvelope(
        scheme,
        Arrays.copyOfRange(encoded, HEADER_LENGTH, keyEnd),
        Arrays.copyOfRange(encoded, keyEnd, nonceEnd),
        Arrays.copyOfRange(encoded, nonceEnd, encoded.length));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedEnvelope that
        && scheme == that.scheme
        && Arrays.equals(ephemeralPublicKey, that.ephemeralPublicKey)
        && Arrays.equals(nonce, that.nonce)
        && Arrays.equals(ciphertextWithTag, that.ciphertextWithTag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scheme,
        Arrays.hashCode(ephemeralPublicKey),
        Arrays.hashCode(nonce),
        Arrays.hashCode(ciphertextWithTag));
  }

  @Override
  public String toString() {
    return "SealedEnvelope[" + scheme.id() + ", " + ciphertextWithTag.length + " bytes]";
  }
}
