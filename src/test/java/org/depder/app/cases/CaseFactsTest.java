package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.depder.app.i18n.Language;
import org.depder.app.screening.Accompaniment;
import org.depder.app.screening.AgeCertainty;
import org.depder.app.screening.InterpreterMode;
import org.depder.app.screening.InterviewSetting;
import org.depder.app.screening.PersonDetails;
import org.depder.app.screening.PersonIdentification;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Sex;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreeningContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts a case takes from its screening, and opening a case from a screening alone. */
class CaseFactsTest {
  static final UUID PERSON = UUID.fromString("0195a6d2-0000-7000-8000-000000000042");
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  static ScreeningDraft atPost(ScreeningDraft draft, String post, Language language) {
    return draft.withSetting(
        new InterviewSetting(
            Optional.of(post),
            ScreeningContext.ENTRY_RETURNEE,
            language,
            InterpreterMode.NONE,
            true));
  }

  static PersonDetails person(
      OptionalInt years,
      Optional<org.depder.app.screening.AgeBand> band,
      boolean presumedMinor,
      org.depder.app.screening.Sex sex) {
    return new PersonDetails(
        years,
        band,
        AgeCertainty.ESTIMATED,
        presumedMinor,
        sex,
        Optional.of("TM"),
        false,
        Accompaniment.UNKNOWN);
  }

  @Test
  void theFullScreeningGivesAChildsFacts() {
    CaseOpening.Facts facts = CaseFacts.fromScreening(ScreeningDrafts.full());
    assertThat(facts.ageBand()).isEqualTo(AgeBand.FROM_14_TO_17);
    assertThat(facts.presumedMinor()).isTrue();
    assertThat(facts.sex()).isEqualTo(Sex.FEMALE);
    assertThat(facts.language()).isEqualTo("ru");
    // "post-ashgabat-airport" is no code of the division tree: the welaýat is not known
    assertThat(facts.region()).isEqualTo(CaseFacts.UNKNOWN_REGION);
    // no person linked: an id derived from the screening, the same each time
    assertThat(facts.personId())
        .isEqualTo(
            UUID.nameUUIDFromBytes(
                ("depder-case-person-v1|" + ScreeningDrafts.ID).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(CaseFacts.fromScreening(ScreeningDrafts.full()).personId());
  }

  @Test
  void aLinkedPersonAPostOfTheTreeAndAnAgeInYears() {
    ScreeningDraft draft =
        atPost(ScreeningDrafts.fullV2(), "TM-L-P01", Language.TK)
            .withPerson(
                person(
                    OptionalInt.of(34),
                    Optional.of(org.depder.app.screening.AgeBand.FROM_18_TO_25),
                    false,
                    org.depder.app.screening.Sex.MALE));
    CaseOpening.Facts facts = CaseFacts.fromScreening(draft);
    assertThat(facts.personId()).isEqualTo(PERSON);
    assertThat(facts.region()).isEqualTo("TM-L");
    // the age in years wins over a band
    assertThat(facts.ageBand()).isEqualTo(AgeBand.FROM_26_TO_40);
    assertThat(facts.presumedMinor()).isFalse();
    assertThat(facts.sex()).isEqualTo(Sex.MALE);
    assertThat(facts.language()).isEqualTo("tk");
  }

  @Test
  void whatTheScreeningDoesNotKnowStaysUnknown() {
    ScreeningDraft draft =
        atPost(ScreeningDrafts.full(), "TM-ARKADAG-E01", Language.EN)
            .withPerson(PersonDetails.unknown())
            .withIdentification(
                new PersonIdentification("", OptionalInt.empty(), "", Optional.of("p-17"), false));
    CaseOpening.Facts facts = CaseFacts.fromScreening(draft);
    assertThat(facts.ageBand()).isEqualTo(AgeBand.UNKNOWN);
    assertThat(facts.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(facts.presumedMinor()).isFalse();
    assertThat(facts.region()).isEqualTo("TM-ARKADAG");
    assertThat(facts.language()).isEqualTo("en");
    // a link that is not a person record id counts as no link
    assertThat(facts.personId())
        .isEqualTo(CaseFacts.fromScreening(ScreeningDrafts.full()).personId());
    assertThat(
            CaseFacts.fromScreening(
                    draft.withPerson(
                        person(
                            OptionalInt.empty(),
                            Optional.of(org.depder.app.screening.AgeBand.UNDER_14),
                            false,
                            org.depder.app.screening.Sex.OTHER)))
                .ageBand())
        .isEqualTo(AgeBand.UNDER_14);
  }

  @Test
  void aScreenerOpensACaseFromAFinalisedScreeningAlone() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock, Role.SCREENER);
    ScreeningDraft draft = atPost(ScreeningDrafts.fullV2(), "TM-D-P01", Language.RU);
    d.screenings.save(draft);
    Case c = d.cases.openFromScreening(ScreeningDrafts.ID);
    assertThat(c.route()).isEqualTo(OpeningRoute.SCREENING);
    assertThat(c.screeningId()).contains(ScreeningDrafts.ID);
    // the outcome the screener chose, not the computed one
    assertThat(c.screeningOutcome()).contains(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(c.personId()).isEqualTo(PERSON);
    assertThat(c.region()).isEqualTo("TM-D");
    assertThat(c.ageBand()).isEqualTo(AgeBand.FROM_14_TO_17);
    assertThat(c.child()).isTrue();
    assertThat(c.language()).isEqualTo("ru");
    assertThat(d.cases.load(c.id()).value()).isEqualTo(c);
  }

  @Test
  void aCaseWithAnUnknownWelayatReadsBack() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    d.screenings.save(ScreeningDrafts.full());
    Case c = d.cases.openFromScreening(ScreeningDrafts.ID);
    assertThat(c.region()).isEqualTo(CaseFacts.UNKNOWN_REGION);
    assertThat(d.cases.load(c.id()).value()).isEqualTo(c);
  }

  @Test
  void anUnfinishedScreeningOpensNoCase() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    UUID id = UUID.randomUUID();
    d.screenings.save(ScreeningDrafts.minimal(id, 1, "Ogul"));
    assertThatThrownBy(() -> d.cases.openFromScreening(id))
        .isInstanceOfSatisfying(
            CaseServiceException.class,
            e -> assertThat(e.code()).isEqualTo(CaseServiceException.Code.SCREENING_NOT_FINALISED));
    assertThat(d.cases.cases()).isEmpty();
  }
}
