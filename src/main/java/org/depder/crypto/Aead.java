package org.depder.crypto;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Authenticated encryption for stored data: AES-256-GCM (JCE) with a fresh random nonce per seal
 * and caller-supplied associated data (for example table, record id and revision), so a ciphertext
 * cannot be moved to another row unnoticed.
 *
 * <p>Every seal counts against the key's {@link SecretKeyMaterial#encryptionCount()}.
 */
public final class Aead {
  private static final AeadAlgorithm ALGORITHM = AeadAlgorithm.AES_256_GCM_V1;

  private final SecureRandom random;

  public Aead(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  public SealedBlob seal(SecretKeyMaterial key, byte[] plaintext, byte[] aad) {
    byte[] keyBytes = checkedKey(key);
    key.countEncryption();
    byte[] nonce = new byte[ALGORITHM.nonceLength()];
    random.nextBytes(nonce);
    byte[] ciphertext =
        AesGcm.encrypt(keyBytes, nonce, plaintext, SealedBlob.header(ALGORITHM), aad);
    return new SealedBlob(ALGORITHM, nonce, ciphertext);
  }

  /** Seals and serialises in one step: the usual call for a column value. */
  public byte[] sealToBytes(SecretKeyMaterial key, byte[] plaintext, byte[] aad) {
    return seal(key, plaintext, aad).toBytes();
  }

  /**
   * Returns the plaintext, or throws {@link AuthenticationFailedException} for a wrong key, wrong
   * associated data or any modification.
   */
  public byte[] open(SecretKeyMaterial key, SealedBlob blob, byte[] aad) {
    byte[] keyBytes = checkedKey(key);
    return AesGcm.decrypt(keyBytes, blob.rawNonce(), blob.rawCiphertext(), blob.header(), aad);
  }

  /** Parses and opens; a malformed header gives {@link MalformedBlobException}. */
  public byte[] open(SecretKeyMaterial key, byte[] blob, byte[] aad) {
    return open(key, SealedBlob.fromBytes(blob), aad);
  }

  private static byte[] checkedKey(SecretKeyMaterial key) {
    byte[] bytes = key.bytes();
    if (bytes.length != ALGORITHM.keyLength()) {
      throw new KeyMaterialException("AES-256-GCM needs a 32-byte key");
    }
    return bytes;
  }
}
