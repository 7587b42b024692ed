package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Valid vectors must give the expected secret. "Acceptable" vectors are of two kinds: those with an
 * all-zero shared secret (low-order public keys) must be refused by our wrapper; the others (points
 * on the twist, non-canonical u >= p encodings) are processed as RFC 7748 prescribes and must give
 * Wycheproof's expected secret, because refusing them buys nothing: they cannot force a predictable
 * secret.
 */
class X25519WycheproofTest {

  @Test
  void everyVectorBehavesAsSpecified() {
    int valid = 0;
    int zeroRefused = 0;
    int acceptableComputed = 0;
    for (Wycheproof.Vector v : Wycheproof.load("x25519_test.json")) {
      byte[] shared = v.hex("shared");
      try (SecretKeyMaterial privateKey = SecretKeyMaterial.copyOf(v.hex("private"))) {
        if (Bytes.isAllZero(shared)) {
          assertThat(v.hasFlag("ZeroSharedSecret")).as(v.toString()).isTrue();
          assertThatThrownBy(() -> X25519.agree(privateKey, v.hex("public")))
              .as(v.toString())
              .isInstanceOf(KeyMaterialException.class);
          zeroRefused++;
          continue;
        }
        try (SecretKeyMaterial result = X25519.agree(privateKey, v.hex("public"))) {
          assertThat(result.copyBytes()).as(v.toString()).isEqualTo(shared);
        }
        if (v.isValid()) {
          valid++;
        } else {
          assertThat(v.isAcceptable()).as(v.toString()).isTrue();
          acceptableComputed++;
        }
      }
    }
    assertThat(valid).isEqualTo(264);
    assertThat(zeroRefused).isEqualTo(31);
    assertThat(acceptableComputed).isEqualTo(223);
  }
}
