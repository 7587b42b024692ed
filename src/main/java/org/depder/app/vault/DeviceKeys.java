package org.depder.app.vault;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.RecipientSeal;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.crypto.X25519;
import org.depder.store.PayloadAuthenticationException;
import org.depder.store.PayloadSealer;
import org.depder.store.VaultMetaRepository;

/**
 * This laptop's Ed25519 signing key and X25519 agreement key. The private keys are sealed in {@code
 * vault_meta} with the record sealer and exist in memory only while the vault is unlocked; the
 * public keys are stored in clear (the server knows them anyway) so they can be shown locked.
 */
public final class DeviceKeys implements AutoCloseable {
  private static final String SEALED = "device.private_keys";
  private static final String SIGNING_PUBLIC = "device.signing_public";
  private static final String AGREEMENT_PUBLIC = "device.agreement_public";
  private static final byte[] AAD =
      "vault_meta|device.private_keys".getBytes(StandardCharsets.UTF_8);

  private final SecretKeyMaterial signingKey;
  private final SecretKeyMaterial agreementKey;
  private final byte[] signingPublic;
  private final byte[] agreementPublic;

  private DeviceKeys(SecretKeyMaterial signingKey, SecretKeyMaterial agreementKey) {
    this.signingKey = signingKey;
    this.agreementKey = agreementKey;
    this.signingPublic = Ed25519.publicKeyOf(signingKey);
    this.agreementPublic = X25519.publicKeyOf(agreementKey);
  }

  /** Generates the device's key pairs and stores them sealed; done once, when the vault is made. */
  static DeviceKeys generate(SecureRandom random, PayloadSealer sealer, VaultMetaRepository meta) {
    KeyPairMaterial signing = new Ed25519(random).generateKeyPair();
    KeyPairMaterial agreement = new X25519(random).generateKeyPair();
    byte[] privates = new byte[64];
    byte[] s = signing.privateKey().copyBytes();
    byte[] a = agreement.privateKey().copyBytes();
    try {
      System.arraycopy(s, 0, privates, 0, 32);
      System.arraycopy(a, 0, privates, 32, 32);
      Base64.Encoder b64 = Base64.getEncoder();
      meta.putAll(
          Map.of(
              SEALED, b64.encodeToString(sealer.seal(privates, AAD)),
              SIGNING_PUBLIC, b64.encodeToString(signing.publicKey()),
              AGREEMENT_PUBLIC, b64.encodeToString(agreement.publicKey())));
      return new DeviceKeys(signing.privateKey(), agreement.privateKey());
    } finally {
      Arrays.fill(privates, (byte) 0);
      Arrays.fill(s, (byte) 0);
      Arrays.fill(a, (byte) 0);
    }
  }

  /** Opens the sealed private keys after unlock. */
  static DeviceKeys load(PayloadSealer sealer, VaultMetaRepository meta)
      throws PayloadAuthenticationException {
    String sealed =
        meta.find(SEALED).orElseThrow(() -> new PayloadAuthenticationException("no device keys"));
    byte[] privates = sealer.open(Base64.getDecoder().decode(sealed), AAD);
    try {
      return new DeviceKeys(
          SecretKeyMaterial.copyOf(Arrays.copyOfRange(privates, 0, 32)),
          SecretKeyMaterial.copyOf(Arrays.copyOfRange(privates, 32, 64)));
    } finally {
      Arrays.fill(privates, (byte) 0);
    }
  }

  public byte[] signingPublicKey() {
    return signingPublic.clone();
  }

  public byte[] agreementPublicKey() {
    return agreementPublic.clone();
  }

  /** An Ed25519 signature by this device over {@code message}. */
  public byte[] sign(byte[] message) {
    return Ed25519.sign(signingKey, message);
  }

  /** The X25519 shared secret with {@code peerPublicKey}; the caller destroys it after use. */
  public SecretKeyMaterial agree(byte[] peerPublicKey) {
    return X25519.agree(agreementKey, peerPublicKey);
  }

  /**
   * Opens an envelope sealed to this device's agreement key (a bundle payload) without handing the
   * private key out; a bad envelope throws a {@code CryptoException}.
   */
  public byte[] open(byte[] envelope, byte[] aad) {
    return new RecipientSeal(new SecureRandom()).open(agreementKey, envelope, aad);
  }

  boolean isDestroyed() {
    return signingKey.isDestroyed() && agreementKey.isDestroyed();
  }

  @Override
  public void close() {
    signingKey.destroy();
    agreementKey.destroy();
  }
}
