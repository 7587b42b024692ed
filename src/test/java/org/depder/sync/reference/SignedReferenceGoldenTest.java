package org.depder.sync.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.depder.server.testing.TestDevice;
import org.junit.jupiter.api.Test;

/** Signed reference data format 1: the checked-in document must verify and re-sign identically. */
class SignedReferenceGoldenTest {
  private static byte[] golden() throws Exception {
    try (InputStream in =
        SignedReferenceGoldenTest.class.getResourceAsStream(ReferenceFixture.FILE)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theGoldenDocumentVerifiesAndReadsBack() throws Exception {
    SignedReference read = SignedReference.verify(golden(), ReferenceFixture.publicKey());

    assertThat(read).isEqualTo(ReferenceFixture.document());
    assertThat(read.content().path("note").asText()).isEqualTo("ä ç ž ň ö ş ü ý");
    assertThat(new String(golden(), StandardCharsets.UTF_8))
        .startsWith("{\"document\":{\"content\":")
        .contains("\"purpose\":\"depder-reference-v1\"", "\"version\":3", "\"weight\":1.5");
  }

  @Test
  void signingTheSameDocumentGivesTheGoldenBytes() throws Exception {
    assertThat(ReferenceFixture.document().sign(ReferenceFixture::sign)).isEqualTo(golden());
  }

  @Test
  void aChangedDocumentAnotherKeyOrAnotherPurposeIsRefused() throws Exception {
    String text = new String(golden(), StandardCharsets.UTF_8);
    byte[] changed =
        text.replace("\"version\":3", "\"version\":4").getBytes(StandardCharsets.UTF_8);
    byte[] purpose =
        text.replace("depder-reference-v1", "depder-revision-v1").getBytes(StandardCharsets.UTF_8);
    byte[] extra =
        text.replace("{\"document\":", "{\"extra\":1,\"document\":")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SignedReference.verify(changed, ReferenceFixture.publicKey()))
        .isInstanceOf(ReferenceFormatException.class)
        .hasMessageContaining("bad signature");
    assertThatThrownBy(() -> SignedReference.verify(golden(), new TestDevice().keys().signing()))
        .isInstanceOf(ReferenceFormatException.class)
        .hasMessageContaining("another server");
    assertThatThrownBy(() -> SignedReference.verify(purpose, ReferenceFixture.publicKey()))
        .isInstanceOf(ReferenceFormatException.class);
    assertThatThrownBy(() -> SignedReference.verify(extra, ReferenceFixture.publicKey()))
        .isInstanceOf(ReferenceFormatException.class);
  }
}
