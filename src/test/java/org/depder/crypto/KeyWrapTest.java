package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KeyWrapTest {
  private final SecureRandom random = new SecureRandom();
  private final KeyWrap keyWrap = new KeyWrap();

  @Property(tries = 100)
  void wrapThenUnwrapGivesTheKeyBack(@ForAll @IntRange(min = 16, max = 64) int keyLength) {
    for (KeyWrapAlgorithm algorithm : KeyWrapAlgorithm.values()) {
      int length = algorithm == KeyWrapAlgorithm.AES_256_KW_V1 ? keyLength / 8 * 8 : keyLength;
      try (SecretKeyMaterial kek = SecretKeyMaterial.generate(random, 32);
          SecretKeyMaterial key = SecretKeyMaterial.generate(random, length)) {
        WrappedKey wrapped = WrappedKey.fromBytes(keyWrap.wrap(algorithm, kek, key).toBytes());
        try (SecretKeyMaterial back = keyWrap.unwrap(kek, wrapped)) {
          assertThat(back.copyBytes()).isEqualTo(key.copyBytes());
        }
      }
    }
  }

  @Property(tries = 100)
  void anyFlippedBitOrWrongKekIsRefused(@ForAll @IntRange(min = 0, max = 40 * 8 - 1) int bit) {
    try (SecretKeyMaterial kek = SecretKeyMaterial.generate(random, 32);
        SecretKeyMaterial other = SecretKeyMaterial.generate(random, 32);
        SecretKeyMaterial dek = SecretKeyMaterial.generate(random, 32)) {
      WrappedKey wrapped = keyWrap.wrap(KeyWrapAlgorithm.AES_256_KWP_V1, kek, dek);
      byte[] bytes = wrapped.wrapped();
      assertThat(bytes).hasSize(40);
      bytes[bit / 8] ^= (byte) (1 << (bit % 8));
      WrappedKey tampered = new WrappedKey(KeyWrapAlgorithm.AES_256_KWP_V1, bytes);
      assertThatThrownBy(() -> keyWrap.unwrap(kek, tampered))
          .isInstanceOf(AuthenticationFailedException.class);
      assertThatThrownBy(() -> keyWrap.unwrap(other, wrapped))
          .isInstanceOf(AuthenticationFailedException.class);
    }
  }

  @Test
  void passwordDerivedKeyWrapsTheVaultKey() {
    KdfParameters parameters = new KdfParameters(256, 1, 1, new byte[16], 32);
    try (SecretKeyMaterial dek = SecretKeyMaterial.generate(random, 32);
        SecretKeyMaterial kek = new PasswordKdf().derive("secret".toCharArray(), parameters)) {
      byte[] stored = keyWrap.wrap(KeyWrapAlgorithm.AES_256_KWP_V1, kek, dek).toBytes();
      assertThat(stored).hasSize(6 + 40);
      try (SecretKeyMaterial again = new PasswordKdf().derive("secret".toCharArray(), parameters);
          SecretKeyMaterial wrong = new PasswordKdf().derive("Secret".toCharArray(), parameters)) {
        assertThat(keyWrap.unwrap(again, WrappedKey.fromBytes(stored)).copyBytes())
            .isEqualTo(dek.copyBytes());
        assertThatThrownBy(() -> keyWrap.unwrap(wrong, WrappedKey.fromBytes(stored)))
            .isInstanceOf(AuthenticationFailedException.class);
      }
    }
  }

  @Test
  void shortKeysAndShortKeksAreRefused() {
    try (SecretKeyMaterial kek = SecretKeyMaterial.generate(random, 32);
        SecretKeyMaterial shortKey = SecretKeyMaterial.generate(random, 8);
        SecretKeyMaterial shortKek = SecretKeyMaterial.generate(random, 16)) {
      assertThatThrownBy(() -> keyWrap.wrap(KeyWrapAlgorithm.AES_256_KW_V1, kek, shortKey))
          .isInstanceOf(KeyMaterialException.class);
      assertThatThrownBy(() -> keyWrap.wrap(KeyWrapAlgorithm.AES_256_KWP_V1, shortKek, kek))
          .isInstanceOf(KeyMaterialException.class);
    }
  }
}
