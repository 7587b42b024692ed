package org.depder.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps the vault key (DEK) under a password-derived key with AES-KWP or AES-KW from the JDK's JCE
 * (present since JDK 17). Key wrap is deterministic and needs no nonce, which is why it is used for
 * the one long-lived DEK instead of GCM.
 */
public final class KeyWrap {
  private static final int KEK_LENGTH = 32;

  /** Smallest key we agree to wrap: wrapping 8-byte "keys" is outside SP 800-38F. */
  private static final int MIN_KEY_LENGTH = 16;

  public WrappedKey wrap(KeyWrapAlgorithm algorithm, SecretKeyMaterial kek, SecretKeyMaterial key) {
    byte[] kekBytes = checkedKek(kek);
    byte[] keyBytes = key.bytes();
    if (keyBytes.length < MIN_KEY_LENGTH) {
      throw new KeyMaterialException("key to wrap is too short");
    }
    return new WrappedKey(algorithm, run(algorithm, Cipher.ENCRYPT_MODE, kekBytes, keyBytes));
  }

  /** Throws {@link AuthenticationFailedException} for a wrong KEK or a modified wrapped key. */
  public SecretKeyMaterial unwrap(SecretKeyMaterial kek, WrappedKey wrapped) {
    byte[] kekBytes = checkedKek(kek);
    byte[] key = run(wrapped.algorithm(), Cipher.DECRYPT_MODE, kekBytes, wrapped.rawWrapped());
    if (key.length < MIN_KEY_LENGTH) {
      Bytes.wipe(key);
      throw new AuthenticationFailedException("unwrapped key is too short");
    }
    return SecretKeyMaterial.adopt(key);
  }

  /** Low-level form taking 128/192/256-bit KEKs, for the Wycheproof tests. */
  static byte[] run(KeyWrapAlgorithm algorithm, int mode, byte[] kek, byte[] input) {
    if (kek.length != 16 && kek.length != 24 && kek.length != 32) {
      throw new KeyMaterialException("AES key must be 16, 24 or 32 bytes");
    }
    checkLength(algorithm, mode, input.length);
    try {
      Cipher cipher = Cipher.getInstance(algorithm.transformation());
      cipher.init(mode, new SecretKeySpec(kek, "AES"));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
      // The JDK reports a failed integrity check as a BadPaddingException or
      // IllegalBlockSizeException; either way the input did not authenticate. No cause is kept
      // so that nothing about the failure leaks into logs.
      throw new AuthenticationFailedException(
          mode == Cipher.ENCRYPT_MODE ? "key cannot be wrapped" : "key unwrap failed");
    }
  }

  /**
   * SP 800-38F length rules, checked before the JDK sees the input: JDK 17's KeyWrapCipher throws
   * NegativeArraySizeException (not a GeneralSecurityException) for an 8-byte ciphertext
   * (Wycheproof aes_wrap tcId 14).
   */
  private static void checkLength(KeyWrapAlgorithm algorithm, int mode, int length) {
    boolean kw = algorithm == KeyWrapAlgorithm.AES_256_KW_V1;
    boolean ok;
    if (mode == Cipher.ENCRYPT_MODE) {
      ok = kw ? length >= 16 && length % 8 == 0 : length >= 1;
    } else {
      ok = length % 8 == 0 && length >= (kw ? 24 : 16);
    }
    if (!ok) {
      throw new AuthenticationFailedException(
          mode == Cipher.ENCRYPT_MODE ? "key cannot be wrapped" : "key unwrap failed");
    }
  }

  private static byte[] checkedKek(SecretKeyMaterial kek) {
    byte[] bytes = kek.bytes();
    if (bytes.length != KEK_LENGTH) {
      throw new KeyMaterialException("key-encryption key must be 32 bytes");
    }
    return bytes;
  }
}
