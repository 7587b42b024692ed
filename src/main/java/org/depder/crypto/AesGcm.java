package org.depder.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with an explicit nonce through the JDK's JCE (9-35x faster than Bouncy Castle's pure-Java
 * AES here). Package-private on purpose: callers outside get {@link Aead}, which picks the nonce
 * itself, so nonce reuse cannot be written by accident.
 *
 * <p>Accepts 128/192/256-bit keys so it can be checked against all of Wycheproof's 96-bit-IV
 * vectors; {@link Aead} only ever passes 256-bit keys.
 */
final class AesGcm {
  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;

  private AesGcm() {}

  static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[]... aadParts) {
    Cipher cipher = init(Cipher.ENCRYPT_MODE, key, nonce, aadParts);
    try {
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM encryption failed", e);
    }
  }

  static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertextWithTag, byte[]... aadParts) {
    if (ciphertextWithTag.length < TAG_LENGTH) {
      throw new AuthenticationFailedException("ciphertext shorter than its tag");
    }
    Cipher cipher = init(Cipher.DECRYPT_MODE, key, nonce, aadParts);
    try {
      return cipher.doFinal(ciphertextWithTag);
    } catch (AEADBadTagException e) {
      // No cause attached: nothing about the failure is useful to an attacker or a log.
      throw new AuthenticationFailedException("authentication failed");
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM decryption failed", e);
    }
  }

  private static Cipher init(int mode, byte[] key, byte[] nonce, byte[]... aadParts) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new KeyMaterialException("AES key must be 16, 24 or 32 bytes");
    }
    if (nonce.length != NONCE_LENGTH) {
      throw new InvalidParametersException("AES-GCM nonce must be 12 bytes");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      for (byte[] aad : aadParts) {
        if (aad.length > 0) {
          cipher.updateAAD(aad);
        }
      }
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available", e);
    }
  }
}
