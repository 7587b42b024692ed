package org.depder.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Blind index for searching encrypted columns: HMAC-SHA256 truncated to {@link #LENGTH} bytes,
 * keyed by the vault key's {@link HkdfLabel#BLIND_INDEX_V1} subkey.
 *
 * <p>The input must already be normalised by the store (case, script, spacing). The field name is
 * mixed in with a length prefix, so the same token in two fields (a name and a document number,
 * say) gives unrelated index values and cannot be linked across columns.
 *
 * <p>16 bytes keep accidental collisions out of reach (2^-64 at 2^32 entries) while halving the
 * index size compared to a full tag.
 */
public final class BlindIndex implements AutoCloseable {
  /** Parameter set id: HMAC-SHA256 truncated to 128 bits, field-separated, version 1. */
  public static final String PARAMETER_SET = "HMAC-SHA256-128-v1";

  public static final int LENGTH = 16;

  private final SecretKeyMaterial key;

  /** Takes ownership of {@code indexKey}; {@link #close()} destroys it. */
  public BlindIndex(SecretKeyMaterial indexKey) {
    if (indexKey.length() != 32) {
      throw new KeyMaterialException("blind index key must be 32 bytes");
    }
    this.key = indexKey;
  }

  public static BlindIndex fromVaultKey(SecretKeyMaterial vaultKey) {
    return new BlindIndex(Hkdf.deriveSubkey(vaultKey, HkdfLabel.BLIND_INDEX_V1));
  }

  /**
   * @param field a short ASCII name of the indexed field, e.g. {@code "person.name"}
   * @param normalisedValue the normalised token bytes
   */
  public byte[] compute(String field, byte[] normalisedValue) {
    byte[] fieldBytes = field.getBytes(StandardCharsets.UTF_8);
    if (fieldBytes.length == 0 || fieldBytes.length > 255) {
      throw new InvalidParametersException("blind index field name must be 1..255 bytes");
    }
    byte[] prefix = {(byte) fieldBytes.length};
    return HmacSha256.mac(key.bytes(), LENGTH, prefix, fieldBytes, normalisedValue);
  }

  @Override
  public void close() {
    key.destroy();
  }
}
