package org.depder.crypto;

/** Named hybrid-encryption parameter sets; the numeric id is written into every envelope. */
public enum RecipientSealScheme {
  /**
   * Ephemeral X25519, HKDF-SHA256 (salt = ephemeral public key || recipient public key, info =
   * "depder/bundle-seal/v1", 32 bytes), AES-256-GCM with a random 12-byte nonce.
   */
  X25519_HKDF_SHA256_AES256GCM_V1("X25519-HKDF-SHA256-AES256GCM-v1", 1);

  private final String id;
  private final int numericId;

  RecipientSealScheme(String id, int numericId) {
    this.id = id;
    this.numericId = numericId;
  }

  public String id() {
    return id;
  }

  public int numericId() {
    return numericId;
  }

  public static RecipientSealScheme fromNumericId(int numericId) {
    for (RecipientSealScheme scheme : values()) {
      if (scheme.numericId == numericId) {
        return scheme;
      }
    }
    throw new MalformedBlobException("unknown recipient seal scheme id " + numericId);
  }
}
