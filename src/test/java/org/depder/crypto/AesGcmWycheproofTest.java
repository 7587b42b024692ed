package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesGcmWycheproofTest {

  @Test
  void everyTwelveByteNonceVectorBehavesAsSpecified() {
    int valid = 0;
    int refused = 0;
    int unsupportedRefused = 0;
    for (Wycheproof.Vector v : Wycheproof.load("aes_gcm_test.json")) {
      assertThat(v.groupInt("tagSize")).isEqualTo(128);
      byte[] key = v.hex("key");
      byte[] iv = v.hex("iv");
      byte[] aad = v.hex("aad");
      byte[] msg = v.hex("msg");
      byte[] ctAndTag = Bytes.concat(v.hex("ct"), v.hex("tag"));
      if (v.groupInt("ivSize") != 96) {
        // Our API supports only 12-byte nonces: it must refuse the rest, valid or not.
        assertThatThrownBy(() -> AesGcm.decrypt(key, iv, ctAndTag, aad))
            .as(v.toString())
            .isInstanceOf(CryptoException.class);
        unsupportedRefused++;
        continue;
      }
      if (v.isValid()) {
        assertThat(AesGcm.encrypt(key, iv, msg, aad)).as(v.toString()).isEqualTo(ctAndTag);
        assertThat(AesGcm.decrypt(key, iv, ctAndTag, aad)).as(v.toString()).isEqualTo(msg);
        valid++;
      } else {
        assertThat(v.isInvalid()).as(v.toString()).isTrue();
        assertThatThrownBy(() -> AesGcm.decrypt(key, iv, ctAndTag, aad))
            .as(v.toString())
            .isInstanceOf(AuthenticationFailedException.class);
        refused++;
      }
    }
    assertThat(valid).isEqualTo(116);
    assertThat(refused).isEqualTo(81);
    assertThat(unsupportedRefused).isEqualTo(119);
  }

  @Test
  void aadSplitIntoPartsEqualsOneAad() {
    Wycheproof.Vector v = Wycheproof.load("aes_gcm_test.json").get(0);
    byte[] aad = Bytes.concat(v.hex("aad"), new byte[] {1, 2, 3});
    byte[] whole = AesGcm.encrypt(v.hex("key"), v.hex("iv"), v.hex("msg"), aad);
    byte[] parts =
        AesGcm.encrypt(v.hex("key"), v.hex("iv"), v.hex("msg"), v.hex("aad"), new byte[] {1, 2, 3});
    assertThat(parts).isEqualTo(whole);
  }
}
