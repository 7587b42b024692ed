package org.depder.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test stand-in for the crypto package's sealer: JCE AES-256-GCM, output {@code nonce(12) ||
 * ciphertext || tag(16)} with a fresh random nonce per call.
 */
final class AesGcmTestSealer implements PayloadSealer {
  /** The key the golden fixture is sealed with. Test data only. */
  static final byte[] FIXTURE_KEY = new byte[32];

  static {
    for (int i = 0; i < FIXTURE_KEY.length; i++) {
      FIXTURE_KEY[i] = (byte) (0xD0 + i);
    }
  }

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  AesGcmTestSealer(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  static AesGcmTestSealer withFixtureKey() {
    return new AesGcmTestSealer(FIXTURE_KEY);
  }

  static AesGcmTestSealer withRandomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new AesGcmTestSealer(key);
  }

  @Override
  public byte[] seal(byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] body = cipher.doFinal(plaintext);
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + body.length);
      System.arraycopy(body, 0, out, NONCE_BYTES, body.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  @Override
  public byte[] open(byte[] sealed, byte[] associatedData) throws PayloadAuthenticationException {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new PayloadAuthenticationException("sealed payload too short");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new PayloadAuthenticationException("sealed payload did not authenticate", e);
    }
  }
}
