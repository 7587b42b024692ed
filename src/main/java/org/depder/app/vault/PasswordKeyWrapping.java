package org.depder.app.vault;

import java.security.SecureRandom;
import java.util.Optional;
import org.depder.crypto.AuthenticationFailedException;
import org.depder.crypto.KdfParameters;
import org.depder.crypto.KeyWrap;
import org.depder.crypto.KeyWrapAlgorithm;
import org.depder.crypto.PasswordKdf;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.crypto.WrappedKey;
import org.depder.store.StoredVaultKey;

/**
 * Wraps the vault key under a key derived from a password (Argon2id, then AES-KWP) and unwraps it
 * again. The password-derived key lives only for the duration of one call. Callers wipe passwords.
 */
final class PasswordKeyWrapping {
  private final PasswordKdf kdf;
  private final KeyWrap keyWrap;
  private final KdfPolicy policy;
  private final SecureRandom random;

  PasswordKeyWrapping(PasswordKdf kdf, KeyWrap keyWrap, KdfPolicy policy, SecureRandom random) {
    this.kdf = kdf;
    this.keyWrap = keyWrap;
    this.policy = policy;
    this.random = random;
  }

  StoredVaultKey wrap(SecretKeyMaterial vaultKey, char[] password) {
    KdfParameters parameters = policy.newParameters(random);
    try (SecretKeyMaterial kek = kdf.derive(password, parameters)) {
      WrappedKey wrapped = keyWrap.wrap(KeyWrapAlgorithm.AES_256_KWP_V1, kek, vaultKey);
      return new StoredVaultKey(wrapped.toBytes(), parameters.toBytes());
    }
  }

  /**
   * The vault key, or empty for a wrong password.
   *
   * @throws org.depder.crypto.CryptoException if the stored bytes are malformed (a damaged vault)
   */
  Optional<SecretKeyMaterial> unwrap(StoredVaultKey stored, char[] password) {
    KdfParameters parameters = KdfParameters.fromBytes(stored.kdfParameters());
    WrappedKey wrapped = WrappedKey.fromBytes(stored.wrappedKey());
    try (SecretKeyMaterial kek = kdf.derive(password, parameters)) {
      return Optional.of(keyWrap.unwrap(kek, wrapped));
    } catch (AuthenticationFailedException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code stored} was derived with weaker costs than new keys get now. */
  boolean isOutdated(StoredVaultKey stored) {
    return !policy.isMetBy(KdfParameters.fromBytes(stored.kdfParameters()));
  }

  /**
   * Spends the same Argon2id work as a real unlock, for a login name that does not exist, so that
   * the time taken does not tell an attacker which names are real.
   */
  void deriveAndDiscard(char[] password) {
    kdf.derive(password, policy.newParameters(random)).destroy();
  }
}
