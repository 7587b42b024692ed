package org.depder.crypto;

/** Named key-wrap parameter sets; the numeric id is written into every {@link WrappedKey}. */
public enum KeyWrapAlgorithm {
  /** AES-256 key wrap with padding, RFC 5649 / NIST SP 800-38F KWP: the default. */
  AES_256_KWP_V1("AES-256-KWP-v1", 1, "AES/KWP/NoPadding"),
  /** AES-256 key wrap, RFC 3394 / NIST SP 800-38F KW: keys must be a multiple of 8 bytes. */
  AES_256_KW_V1("AES-256-KW-v1", 2, "AES/KW/NoPadding");

  private final String id;
  private final int numericId;
  private final String transformation;

  KeyWrapAlgorithm(String id, int numericId, String transformation) {
    this.id = id;
    this.numericId = numericId;
    this.transformation = transformation;
  }

  public String id() {
    return id;
  }

  public int numericId() {
    return numericId;
  }

  String transformation() {
    return transformation;
  }

  public static KeyWrapAlgorithm fromNumericId(int numericId) {
    for (KeyWrapAlgorithm algorithm : values()) {
      if (algorithm.numericId == numericId) {
        return algorithm;
      }
    }
    throw new MalformedBlobException("unknown key wrap algorithm id " + numericId);
  }
}
