package org.depder.sync.bundle;

import java.security.SecureRandom;
import org.depder.crypto.RecipientSeal;
import org.depder.crypto.SecretKeyMaterial;

/**
 * Opens a payload sealed to this device without handing out its X25519 private key; the vault's
 * device keys implement it with {@link RecipientSeal#open}.
 */
@FunctionalInterface
public interface PayloadOpener {
  /**
   * The plaintext; throws a {@code org.depder.crypto.CryptoException} if the envelope is malformed
   * or does not authenticate with {@code aad}.
   */
  byte[] open(byte[] sealedEnvelope, byte[] aad);

  /** An opener over a raw agreement private key the caller keeps (and destroys) itself. */
  static PayloadOpener withKey(SecretKeyMaterial agreementPrivateKey) {
    RecipientSeal seal = new RecipientSeal(new SecureRandom());
    return (envelope, aad) -> seal.open(agreementPrivateKey, envelope, aad);
  }
}
