package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.Cipher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyWrapWycheproofTest {

  /**
   * Expected counts are pinned so the test cannot pass vacuously. For KW, the three "acceptable"
   * vectors wrap an 8-byte key (RFC 3394 allows it, SP 800-38F does not); the JDK refuses them, and
   * so does {@link KeyWrap#wrap} at its public API (keys must be at least 16 bytes).
   */
  @ParameterizedTest
  @CsvSource({
    "aes_wrap_test.json, AES_256_KW_V1, 36, 126, 3",
    "aes_kwp_test.json, AES_256_KWP_V1, 77, 177, 0"
  })
  void everyVectorBehavesAsSpecified(
      String file,
      KeyWrapAlgorithm algorithm,
      int expectValid,
      int expectInvalid,
      int expectAcceptable) {
    int valid = 0;
    int invalid = 0;
    int acceptable = 0;
    for (Wycheproof.Vector v : Wycheproof.load(file)) {
      byte[] key = v.hex("key");
      byte[] msg = v.hex("msg");
      byte[] ct = v.hex("ct");
      if (v.isValid()) {
        assertThat(KeyWrap.run(algorithm, Cipher.ENCRYPT_MODE, key, msg))
            .as(v.toString())
            .isEqualTo(ct);
        assertThat(KeyWrap.run(algorithm, Cipher.DECRYPT_MODE, key, ct))
            .as(v.toString())
            .isEqualTo(msg);
        valid++;
      } else if (v.isInvalid()) {
        assertThatThrownBy(() -> KeyWrap.run(algorithm, Cipher.DECRYPT_MODE, key, ct))
            .as(v.toString())
            .isInstanceOf(CryptoException.class);
        invalid++;
      } else {
        assertThatThrownBy(() -> KeyWrap.run(algorithm, Cipher.DECRYPT_MODE, key, ct))
            .as(v.toString())
            .isInstanceOf(CryptoException.class);
        acceptable++;
      }
    }
    assertThat(valid).isEqualTo(expectValid);
    assertThat(invalid).isEqualTo(expectInvalid);
    assertThat(acceptable).isEqualTo(expectAcceptable);
  }
}
