package org.depder.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A key wrapped under a key-encryption key.
 *
 * <pre>
 * offset len  field
 * 0      4    magic "DPWK"
 * 4      1    format version = 0x01
 * 5      1    algorithm numeric id (0x01 = AES-256-KWP-v1, 0x02 = AES-256-KW-v1)
 * 6      n    wrapped bytes (40 for a 32-byte key under either algorithm)
 * </pre>
 */
public record WrappedKey(KeyWrapAlgorithm algorithm, byte[] wrapped) {
  private static final byte[] MAGIC = "DPWK".getBytes(StandardCharsets.US_ASCII);
  public static final int FORMAT_VERSION = 1;
  private static final int HEADER_LENGTH = MAGIC.length + 2;

  public WrappedKey {
    Objects.requireNonNull(algorithm, "algorithm");
    if (wrapped.length < 16 || wrapped.length % 8 != 0) {
      throw new MalformedBlobException("wrapped key has an invalid length");
    }
    wrapped = wrapped.clone();
  }

  @Override
  public byte[] wrapped() {
    return wrapped.clone();
  }

  byte[] rawWrapped() {
    return wrapped;
  }

  public byte[] toBytes() {
    byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
    header[MAGIC.length] = FORMAT_VERSION;
    header[MAGIC.length + 1] = (byte) algorithm.numericId();
    return Bytes.concat(header, wrapped);
  }

  public static WrappedKey fromBytes(byte[] encoded) {
    if (encoded.length < HEADER_LENGTH || !Bytes.startsWith(encoded, MAGIC)) {
      throw new MalformedBlobException("not a wrapped key");
    }
    int version = encoded[MAGIC.length] & 0xff;
    if (version != FORMAT_VERSION) {
      throw new MalformedBlobException("unsupported wrapped key version " + version);
    }
    return new WrappedKey(
        KeyWrapAlgorithm.fromNumericId(encoded[MAGIC.length + 1] & 0xff),
        Arrays.copyOfRange(encoded, HEADER_LENGTH, encoded.length));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedKey that
        && algorithm == that.algorithm
        && Arrays.equals(wrapped, that.wrapped);
  }

  @Override
  public int hashCode() {
    return 31 * algorithm.hashCode() + Arrays.hashCode(wrapped);
  }

  @Override
  public String toString() {
    return "WrappedKey[" + algorithm.id() + "]";
  }
}
