package org.depder.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.depder.server.core.PublicKeys;
import org.depder.server.enrol.EnrolRequest;
import org.junit.jupiter.api.Test;

/** The bytes a device signs (request signing v1, enrolment proof v1) never change. */
class SignedRequestGoldenTest {
  @Test
  void requestSigningInputVersionOne() {
    byte[] input =
        SignedRequest.signingInput(
            "GET", "/v1/device?a=1", 1795939200L, "AAAAAAAAAAAAAAAAAAAAAA", new byte[0]);

    assertThat(new String(input, StandardCharsets.UTF_8))
        .isEqualTo(
            "depder-request-v1\0GET\n/v1/device?a=1\n1795939200\nAAAAAAAAAAAAAAAAAAAAAA\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void enrolmentProofMessageVersionOne() {
    PublicKeys keys =
        new PublicKeys(
            PublicKeys.decode("ebVWLo_mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ"),
            PublicKeys.decode("WGmv9FBUlzLLqu1eXfmzCm2jHLDldCutWtShp2jxpns"));

    byte[] message =
        EnrolRequest.proofMessage(
            "75436d5a424137d1e19bac9a18eebc3bfeeba416468c69f698502810d41d53a7", keys);

    assertThat(HexFormat.of().formatHex(message))
        .isEqualTo(
            HexFormat.of().formatHex("depder-enrol-v1\0".getBytes(StandardCharsets.US_ASCII))
                + "75436d5a424137d1e19bac9a18eebc3bfeeba416468c69f698502810d41d53a7"
                + HexFormat.of().formatHex(keys.signing())
                + HexFormat.of().formatHex(keys.agreement()));
    assertThat(message).hasSize(16 + 32 + 32 + 32);
  }
}
