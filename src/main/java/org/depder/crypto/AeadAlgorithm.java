package org.depder.crypto;

/** Named, versioned AEAD parameter sets. The numeric id is written into every sealed blob. */
public enum AeadAlgorithm {
  /** AES-256-GCM, 12-byte random nonce, 128-bit tag (JDK JCE, SunJCE provider). */
  AES_256_GCM_V1("AES-256-GCM-v1", 1, 32, 12, 16);

  private final String id;
  private final int numericId;
  private final int keyLength;
  private final int nonceLength;
  private final int tagLength;

  AeadAlgorithm(String id, int numericId, int keyLength, int nonceLength, int tagLength) {
    this.id = id;
    this.numericId = numericId;
    this.keyLength = keyLength;
    this.nonceLength = nonceLength;
    this.tagLength = tagLength;
  }

  public String id() {
    return id;
  }

  public int numericId() {
    return numericId;
  }

  public int keyLength() {
    return keyLength;
  }

  public int nonceLength() {
    return nonceLength;
  }

  public int tagLength() {
    return tagLength;
  }

  public static AeadAlgorithm fromNumericId(int numericId) {
    for (AeadAlgorithm algorithm : values()) {
      if (algorithm.numericId == numericId) {
        return algorithm;
      }
    }
    throw new MalformedBlobException("unknown AEAD algorithm id " + numericId);
  }
}
