package org.depder.crypto;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Argon2id (version 0x13) cost parameters and salt for one password-derived key. They are stored
 * beside the wrapped vault key, so they can be raised later without changing the code.
 *
 * <p>Serialised form, version 1 (big-endian):
 *
 * <pre>
 * offset len  field
 * 0      4    magic "DPKD"
 * 4      1    format version = 0x01
 * 5      1    algorithm id (0x01 = Argon2id, Argon2 version 0x13)
 * 6      4    memory in KiB
 * 10     4    iterations
 * 14     1    parallelism
 * 15     1    output length in bytes (32)
 * 16     1    salt length (16..64)
 * 17     n    salt
 * </pre>
 *
 * Bounds are checked both when built and when read, so a tampered parameter file cannot ask for
 * absurd memory or time.
 */
public record KdfParameters(
    int memoryKiB, int iterations, int parallelism, byte[] salt, int outputLength) {
  public static final int FORMAT_VERSION = 1;
  public static final int ALGORITHM_ARGON2ID_13 = 1;

  /** 4 GiB: more than any supported laptop can give to a KDF. */
  public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

  public static final int MAX_ITERATIONS = 100;
  public static final int MAX_PARALLELISM = 16;
  public static final int DEFAULT_SALT_LENGTH = 16;
  public static final int MIN_SALT_LENGTH = 16;
  public static final int MAX_SALT_LENGTH = 64;
  public static final int OUTPUT_LENGTH = 32;

  private static final byte[] MAGIC = {'D', 'P', 'K', 'D'};
  private static final int FIXED_LENGTH = 17;

  public KdfParameters {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new InvalidParametersException("Argon2 parallelism out of range");
    }
    // Argon2 itself needs at least 8 KiB per lane.
    if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
      throw new InvalidParametersException("Argon2 memory out of range");
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new InvalidParametersException("Argon2 iterations out of range");
    }
    Objects.requireNonNull(salt, "salt");
    if (salt.length < MIN_SALT_LENGTH || salt.length > MAX_SALT_LENGTH) {
      throw new InvalidParametersException("Argon2 salt length out of range");
    }
    if (outputLength != OUTPUT_LENGTH) {
      throw new InvalidParametersException("Argon2 output must be 32 bytes");
    }
    salt = salt.clone();
  }

  /** The production profile with a fresh random 16-byte salt. */
  public static KdfParameters newDefault(SecureRandom random) {
    return KdfProfile.ARGON2ID_V1.withRandomSalt(random);
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  byte[] rawSalt() {
    return salt;
  }

  /** True when every cost is at least that of {@code profile}: time to re-derive if false. */
  public boolean meets(KdfProfile profile) {
    return memoryKiB >= profile.memoryKiB()
        && iterations >= profile.iterations()
        && parallelism >= profile.parallelism();
  }

  public byte[] toBytes() {
    return ByteBuffer.allocate(FIXED_LENGTH + salt.length)
        .put(MAGIC)
        .put((byte) FORMAT_VERSION)
        .put((byte) ALGORITHM_ARGON2ID_13)
        .putInt(memoryKiB)
        .putInt(iterations)
        .put((byte) parallelism)
        .put((byte) outputLength)
        .put((byte) salt.length)
        .put(salt)
        .array();
  }

  public static KdfParameters fromBytes(byte[] encoded) {
    if (encoded.length < FIXED_LENGTH || !Bytes.startsWith(encoded, MAGIC)) {
      throw new MalformedBlobException("not KDF parameters");
    }
    ByteBuffer in = ByteBuffer.wrap(encoded, MAGIC.length, encoded.length - MAGIC.length);
    int version = in.get() & 0xff;
    if (version != FORMAT_VERSION) {
      throw new MalformedBlobException("unsupported KDF parameters version " + version);
    }
    int algorithm = in.get() & 0xff;
    if (algorithm != ALGORITHM_ARGON2ID_13) {
      throw new MalformedBlobException("unknown KDF algorithm id " + algorithm);
    }
    int memory = in.getInt();
    int iterations = in.getInt();
    int parallelism = in.get() & 0xff;
    int outputLength = in.get() & 0xff;
    int saltLength = in.get() & 0xff;
    if (in.remaining() != saltLength) {
      throw new MalformedBlobException("KDF parameters have the wrong length");
    }
    byte[] salt = new byte[saltLength];
    in.get(salt);
    return new KdfParameters(memory, iterations, parallelism, salt, outputLength);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KdfParameters that
        && memoryKiB == that.memoryKiB
        && iterations == that.iterations
        && parallelism == that.parallelism
        && outputLength == that.outputLength
        && Arrays.equals(salt, that.salt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(memoryKiB, iterations, parallelism, outputLength, Arrays.hashCode(salt));
  }

  @Override
  public String toString() {
    return "Argon2id[m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + "]";
  }
}
