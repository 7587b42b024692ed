package org.depder.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An AEAD ciphertext with everything needed to open it except the key and the associated data.
 *
 * <p>Wire format, version 1 (all lengths fixed by the algorithm id):
 *
 * <pre>
 * offset len  field
 * 0      4    magic "DPSB" (0x44 0x50 0x53 0x42)
 * 4      1    format version = 0x01
 * 5      1    algorithm numeric id (0x01 = AES-256-GCM-v1)
 * 6      12   nonce
 * 18     n+16 ciphertext || 16-byte GCM tag
 * </pre>
 *
 * The 6 header bytes are authenticated as a prefix of the associated data, so a changed version or
 * algorithm id fails authentication even if a later version would parse it.
 */
public record SealedBlob(AeadAlgorithm algorithm, byte[] nonce, byte[] ciphertextWithTag) {
  static final byte[] MAGIC = "DPSB".getBytes(StandardCharsets.US_ASCII);
  public static final int FORMAT_VERSION = 1;
  static final int HEADER_LENGTH = MAGIC.length + 2;

  public SealedBlob {
    Objects.requireNonNull(algorithm, "algorithm");
    if (nonce.length != algorithm.nonceLength()) {
      throw new MalformedBlobException("nonce has the wrong length");
    }
    if (ciphertextWithTag.length < algorithm.tagLength()) {
      throw new MalformedBlobException("ciphertext shorter than its tag");
    }
    nonce = nonce.clone();
    ciphertextWithTag = ciphertextWithTag.clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public byte[] ciphertextWithTag() {
    return ciphertextWithTag.clone();
  }

  /** The magic, version and algorithm bytes, also used as the first part of the AAD. */
  byte[] header() {
    return header(algorithm);
  }

  static byte[] header(AeadAlgorithm algorithm) {
    byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
    header[MAGIC.length] = FORMAT_VERSION;
    header[MAGIC.length + 1] = (byte) algorithm.numericId();
    return header;
  }

  /** Package access to the ciphertext without a copy. */
  byte[] rawCiphertext() {
    return ciphertextWithTag;
  }

  byte[] rawNonce() {
    return nonce;
  }

  public byte[] toBytes() {
    return Bytes.concat(header(), nonce, ciphertextWithTag);
  }

  public static SealedBlob fromBytes(byte[] blob) {
    if (blob.length < HEADER_LENGTH || !Bytes.startsWith(blob, MAGIC)) {
      throw new MalformedBlobException("not a sealed blob");
    }
    int version = blob[MAGIC.length] & 0xff;
    if (version != FORMAT_VERSION) {
      throw new MalformedBlobException("unsupported sealed blob version " + version);
    }
    AeadAlgorithm algorithm = AeadAlgorithm.fromNumericId(blob[MAGIC.length + 1] & 0xff);
    int nonceEnd = HEADER_LENGTH + algorithm.nonceLength();
    if (blob.length < nonceEnd + algorithm.tagLength()) {
      throw new MalformedBlobException("sealed blob is truncated");
    }
    return new SealedBlob(
        algorithm,
        Arrays.copyOfRange(blob, HEADER_LENGTH, nonceEnd),
        Arrays.copyOfRange(blob, nonceEnd, blob.length));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedBlob that
        && algorithm == that.algorithm
        && Arrays.equals(nonce, that.nonce)
        && Arrays.equals(ciphertextWithTag, that.ciphertextWithTag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, Arrays.hashCode(nonce), Arrays.hashCode(ciphertextWithTag));
  }

  @Override
  public String toString() {
    return "SealedBlob[" + algorithm.id() + ", " + ciphertextWithTag.length + " bytes]";
  }
}
