package org.depder.crypto;

import java.nio.charset.StandardCharsets;

/**
 * HKDF {@code info} labels: one per purpose and version, so no two uses of a master key can ever
 * produce the same subkey.
 */
public enum HkdfLabel {
  /** Key for {@link BlindIndex}, derived from the vault key. */
  BLIND_INDEX_V1("depder/blind-index/v1"),
  /** Key that seals record payloads and sensitive columns, derived from the vault key. */
  RECORD_SEAL_V1("depder/record-seal/v1"),
  /** Content key of a {@link RecipientSeal} envelope, derived from an X25519 shared secret. */
  BUNDLE_SEAL_V1("depder/bundle-seal/v1");

  private final String info;

  HkdfLabel(String info) {
    this.info = info;
  }

  public String info() {
    return info;
  }

  byte[] infoBytes() {
    return info.getBytes(StandardCharsets.US_ASCII);
  }
}
