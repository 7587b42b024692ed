package org.depder.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.depder.server.auth.SignedRequest;
import org.depder.server.core.PublicKeys;
import org.depder.server.enrol.EnrolRequest;
import org.depder.server.enrol.EnrolmentCode;
import org.depder.sync.protocol.EnrolmentProof;
import org.depder.sync.protocol.RequestSigning;
import org.junit.jupiter.api.Test;

/** The client's copy of the wire rules matches the server's, byte for byte. */
class ProtocolCompatibilityTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void codesNormaliseAndProofsAreBuiltAlike() {
    for (String typed :
        new String[] {"7k3m-q9xd-2b4f-h8jn-vc5r", "OIL0 1111 2222 3333 4444", "bad", "", "ÄBCD"}) {
      assertThat(EnrolmentProof.normalise(typed)).isEqualTo(EnrolmentCode.normalise(typed));
    }
    byte[] signing = new byte[32];
    byte[] agreement = new byte[32];
    random.nextBytes(signing);
    random.nextBytes(agreement);
    String code = EnrolmentProof.normalise("7K3M-Q9XD-2B4F-H8JN-VC5R").orElseThrow();

    assertThat(EnrolmentProof.message(code, signing, agreement))
        .isEqualTo(
            EnrolRequest.proofMessage(
                EnrolmentCode.hash(code), new PublicKeys(signing, agreement)));
  }

  @Test
  void requestSigningInputsAgree() {
    byte[] body = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(
            RequestSigning.signingInput("POST", "/v1/bundles?x=1", 1_795_939_200L, "n0nce", body))
        .isEqualTo(
            SignedRequest.signingInput("POST", "/v1/bundles?x=1", 1_795_939_200L, "n0nce", body));
  }
}
