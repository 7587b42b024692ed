package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HkdfWycheproofTest {

  @Test
  void everyVectorBehavesAsSpecified() {
    int valid = 0;
    int refused = 0;
    for (Wycheproof.Vector v : Wycheproof.load("hkdf_sha256_test.json")) {
      byte[] ikm = v.hex("ikm");
      byte[] salt = v.hex("salt");
      byte[] info = v.hex("info");
      int size = v.intField("size");
      if (v.isValid()) {
        assertThat(Hkdf.derive(ikm, salt, info, size)).as(v.toString()).isEqualTo(v.hex("okm"));
        valid++;
      } else {
        assertThatThrownBy(() -> Hkdf.derive(ikm, salt, info, size))
            .as(v.toString())
            .isInstanceOf(InvalidParametersException.class);
        refused++;
      }
    }
    assertThat(valid).isEqualTo(83);
    assertThat(refused).isEqualTo(3);
  }
}
