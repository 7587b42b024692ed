package org.depder.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreeningDraftJsonTest {

  @Test
  void everyFieldOfAFullyPopulatedDraftRoundTrips() throws Exception {
    ScreeningDraft draft = ScreeningDrafts.fullV2();

    byte[] json = ScreeningDraftJson.encode(draft);

    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"format\":2");
    assertThat(ScreeningDraftJson.decode(json)).isEqualTo(draft);
  }

  @Test
  void aDraftWithEveryOptionalValueAbsentRoundTrips() throws Exception {
    ScreeningDraft draft = ScreeningDrafts.minimal(UUID.randomUUID(), 1, "");

    assertThat(ScreeningDraftJson.decode(ScreeningDraftJson.encode(draft))).isEqualTo(draft);
  }

  /** Format 1 as first released: must keep decoding whatever the code becomes. */
  @Test
  void theFormat1FixtureStillDecodes() throws Exception {
    byte[] fixture;
    try (InputStream in =
        ScreeningDraftJsonTest.class.getResourceAsStream("/fixtures/screening-draft-v1.json")) {
      assertThat(in).isNotNull();
      fixture = in.readAllBytes();
    }

    assertThat(ScreeningDraftJson.decode(fixture)).isEqualTo(ScreeningDrafts.full());
  }

  /** Format 2 as first released: format 1 plus the identification and the open step. */
  @Test
  void theFormat2FixtureStillDecodes() throws Exception {
    byte[] fixture;
    try (InputStream in =
        ScreeningDraftJsonTest.class.getResourceAsStream("/fixtures/screening-draft-v2.json")) {
      assertThat(in).isNotNull();
      fixture = in.readAllBytes();
    }

    assertThat(ScreeningDraftJson.decode(fixture)).isEqualTo(ScreeningDrafts.fullV2());
  }

  @Test
  void aFormat1DraftReadsWithNoIdentificationAndOpensAtTheFirstStep() throws Exception {
    byte[] fixture;
    try (InputStream in =
        ScreeningDraftJsonTest.class.getResourceAsStream("/fixtures/screening-draft-v1.json")) {
      fixture = in.readAllBytes();
    }

    ScreeningDraft draft = ScreeningDraftJson.decode(fixture);

    assertThat(draft.identification()).isEqualTo(PersonIdentification.none());
    assertThat(draft.openStep()).isEmpty();
  }

  @Test
  void anUnknownFormatOrBrokenPayloadIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(
            () -> ScreeningDraftJson.decode("{\"format\":99}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format 99");
    assertThatThrownBy(
            () ->
                ScreeningDraftJson.decode(
                    ("{\"format\":1,\"id\":\"" + ScreeningDrafts.MARKER)
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class)
        .hasMessageNotContaining(ScreeningDrafts.MARKER)
        .hasNoCause();
  }
}
