package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.depder.sync.canonical.StrictJsonParser;
import org.junit.jupiter.api.Test;

/** Format 1 as first released: must keep parsing, verifying and encoding the same forever. */
class RevisionGoldenTest {

  @Test
  void theFixtureParsesToTheRevisionItWasMadeFrom() throws Exception {
    SignedRevision parsed =
        RevisionJson.parseSigned(RevisionFixture.resource(RevisionFixture.JSON));
    assertThat(parsed).isEqualTo(RevisionFixture.signed());
  }

  @Test
  void theFixtureVerifiesWithTheFixtureKey() throws Exception {
    SignedRevision parsed =
        RevisionJson.parseSigned(RevisionFixture.resource(RevisionFixture.JSON));
    RevisionVerifier verifier =
        new RevisionVerifier(
            device ->
                device.equals(parsed.revision().device())
                    ? Optional.of(RevisionFixture.publicKey())
                    : Optional.empty());

    assertThat(verifier.check(parsed)).isEmpty();
  }

  @Test
  void theSigningBytesAreUnchanged() throws Exception {
    SignedRevision parsed =
        RevisionJson.parseSigned(RevisionFixture.resource(RevisionFixture.JSON));
    assertThat(RevisionJson.signingBytes(parsed.revision()))
        .isEqualTo(RevisionFixture.resource(RevisionFixture.SIGNING_BYTES));
  }

  @Test
  void theWriterStillProducesTheFixturesShape() throws Exception {
    assertThat(RevisionJson.toJson(RevisionFixture.signed()))
        .isEqualTo(StrictJsonParser.parse(RevisionFixture.resource(RevisionFixture.JSON)));
  }
}
