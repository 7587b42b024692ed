package org.depder.crypto;

import java.security.SecureRandom;

/**
 * Named Argon2id cost profiles. A profile only chooses costs; the costs actually used are stored in
 * full in {@link KdfParameters}, so old vaults keep opening after a profile is added.
 */
public enum KdfProfile {
  /**
   * m = 64 MiB, t = 3, p = 1: 0.24 s warm / 0.6 s cold on the reference 2-core laptop, inside the
   * 1.2 s unlock budget. p = 1 because Bouncy Castle fills lanes one after another.
   */
  ARGON2ID_V1("ARGON2ID_V1", 1, 65536, 3, 1);

  private final String id;
  private final int numericId;
  private final int memoryKiB;
  private final int iterations;
  private final int parallelism;

  KdfProfile(String id, int numericId, int memoryKiB, int iterations, int parallelism) {
    this.id = id;
    this.numericId = numericId;
    this.memoryKiB = memoryKiB;
    this.iterations = iterations;
    this.parallelism = parallelism;
  }

  public String id() {
    return id;
  }

  public int numericId() {
    return numericId;
  }

  public int memoryKiB() {
    return memoryKiB;
  }

  public int iterations() {
    return iterations;
  }

  public int parallelism() {
    return parallelism;
  }

  public KdfParameters withSalt(byte[] salt) {
    return new KdfParameters(memoryKiB, iterations, parallelism, salt, KdfParameters.OUTPUT_LENGTH);
  }

  public KdfParameters withRandomSalt(SecureRandom random) {
    byte[] salt = new byte[KdfParameters.DEFAULT_SALT_LENGTH];
    random.nextBytes(salt);
    return withSalt(salt);
  }
}
