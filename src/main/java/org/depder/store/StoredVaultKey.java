package org.depder.store;

import java.util.Objects;

/**
 * The vault key wrapped under one user's password-derived key ({@code DPWK} bytes), with the KDF
 * parameters ({@code DPKD} bytes) needed to derive that key again.
 */
public record StoredVaultKey(byte[] wrappedKey, byte[] kdfParameters) {
  /** The only key id in format 1: one vault key, wrapped once per user. */
  public static final String VAULT_KEY_ID = "vault";

  public StoredVaultKey {
    wrappedKey = Objects.requireNonNull(wrappedKey, "wrappedKey").clone();
    kdfParameters = Objects.requireNonNull(kdfParameters, "kdfParameters").clone();
  }

  @Override
  public byte[] wrappedKey() {
    return wrappedKey.clone();
  }

  @Override
  public byte[] kdfParameters() {
    return kdfParameters.clone();
  }

  @Override
  public String toString() {
    return "StoredVaultKey[" + wrappedKey.length + " bytes]";
  }
}
