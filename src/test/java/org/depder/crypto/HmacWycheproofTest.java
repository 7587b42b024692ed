package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HmacWycheproofTest {

  @Test
  void everyVectorBehavesAsSpecifiedForFullAndTruncatedTags() {
    int valid = 0;
    int refused = 0;
    int truncated = 0;
    for (Wycheproof.Vector v : Wycheproof.load("hmac_sha256_test.json")) {
      byte[] key = v.hex("key");
      byte[] msg = v.hex("msg");
      byte[] tag = v.hex("tag");
      int tagBytes = v.groupInt("tagSize") / 8;
      if (tagBytes < HmacSha256.FULL_LENGTH) {
        truncated++;
      }
      if (v.isValid()) {
        assertThat(HmacSha256.mac(key, tagBytes, msg)).as(v.toString()).isEqualTo(tag);
        assertThat(HmacSha256.verify(key, msg, tag)).as(v.toString()).isTrue();
        valid++;
      } else {
        assertThat(HmacSha256.verify(key, msg, tag)).as(v.toString()).isFalse();
        refused++;
      }
    }
    assertThat(valid).isEqualTo(66);
    assertThat(refused).isEqualTo(108);
    assertThat(truncated).isEqualTo(87);
  }
}
