package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519WycheproofTest {

  @Test
  void everyValidSignatureIsAcceptedAndEveryInvalidOneRefused() {
    int accepted = 0;
    int refused = 0;
    for (Wycheproof.Vector v : Wycheproof.load("ed25519_test.json")) {
      byte[] publicKey = HexFormat.of().parseHex(v.groupNode("publicKey").get("pk").asText());
      boolean verified = Ed25519.verify(publicKey, v.hex("msg"), v.hex("sig"));
      if (v.isValid()) {
        assertThat(verified).as(v.toString()).isTrue();
        accepted++;
      } else {
        assertThat(verified).as(v.toString()).isFalse();
        refused++;
      }
    }
    assertThat(accepted).isEqualTo(88);
    assertThat(refused).isEqualTo(63);
  }
}
