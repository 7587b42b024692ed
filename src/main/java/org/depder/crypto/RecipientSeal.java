package org.depder.crypto;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Encrypts a bundle payload to one recipient's X25519 public key (scheme {@link
 * RecipientSealScheme#X25519_HKDF_SHA256_AES256GCM_V1}), in the spirit of HPKE base mode.
 *
 * <p>Each seal uses a fresh ephemeral key pair, so each content key encrypts exactly one message.
 * The associated data should carry what the ciphertext must stay bound to, e.g. the bundle manifest
 * hash.
 */
public final class RecipientSeal {
  private static final RecipientSealScheme SCHEME =
      RecipientSealScheme.X25519_HKDF_SHA256_AES256GCM_V1;

  private final SecureRandom random;
  private final X25519 x25519;

  public RecipientSeal(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
    this.x25519 = new X25519(random);
  }

  public SealedEnvelope seal(byte[] recipientPublicKey, byte[] plaintext, byte[] aad) {
    try (KeyPairMaterial ephemeral = x25519.generateKeyPair();
        SecretKeyMaterial contentKey =
            contentKey(
                ephemeral.privateKey(),
                recipientPublicKey,
                ephemeral.publicKey(),
                recipientPublicKey)) {
      byte[] nonce = new byte[AesGcm.NONCE_LENGTH];
      random.nextBytes(nonce);
      byte[] ciphertext =
          AesGcm.encrypt(contentKey.bytes(), nonce, plaintext, SealedEnvelope.header(SCHEME), aad);
      return new SealedEnvelope(SCHEME, ephemeral.publicKey(), nonce, ciphertext);
    }
  }

  /** Throws {@link AuthenticationFailedException} for the wrong recipient key or any change. */
  public byte[] open(SecretKeyMaterial recipientPrivateKey, SealedEnvelope envelope, byte[] aad) {
    byte[] ephemeralPublic = envelope.rawEphemeralPublicKey();
    byte[] recipientPublic = X25519.publicKeyOf(recipientPrivateKey);
    SecretKeyMaterial contentKey;
    try {
      contentKey =
          contentKey(recipientPrivateKey, ephemeralPublic, ephemeralPublic, recipientPublic);
    } catch (KeyMaterialException e) {
      // A small-order ephemeral key can only come from a forged envelope.
      throw new AuthenticationFailedException("envelope authentication failed");
    }
    try (contentKey) {
      return AesGcm.decrypt(
          contentKey.bytes(),
          envelope.rawNonce(),
          envelope.rawCiphertext(),
          envelope.header(),
          aad);
    }
  }

  public byte[] open(SecretKeyMaterial recipientPrivateKey, byte[] envelope, byte[] aad) {
    return open(recipientPrivateKey, SealedEnvelope.fromBytes(envelope), aad);
  }

  private static SecretKeyMaterial contentKey(
      SecretKeyMaterial ownPrivate,
      byte[] peerPublic,
      byte[] ephemeralPublic,
      byte[] recipientPublic) {
    try (SecretKeyMaterial shared = X25519.agree(ownPrivate, peerPublic)) {
      byte[] salt = Bytes.concat(ephemeralPublic, recipientPublic);
      return SecretKeyMaterial.adopt(
          Hkdf.derive(shared.bytes(), salt, HkdfLabel.BUNDLE_SEAL_V1.infoBytes(), 32));
    }
  }
}
