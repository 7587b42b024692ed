package org.depder.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The optional year of birth: possible, and agreeing with the age. */
class DraftChecksIdentificationTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-03-19");

  private static ScreeningDraft draft(Integer birthYear, Integer age) {
    ScreeningDraft d = ScreeningDrafts.minimal(UUID.randomUUID(), 1, "");
    d =
        d.withIdentification(
            PersonIdentification.none()
                .typed(
                    "Ahmedow",
                    birthYear == null ? OptionalInt.empty() : OptionalInt.of(birthYear),
                    ""));
    if (age != null) {
      var p = d.person();
      d =
          d.withPerson(
              new PersonDetails(
                  OptionalInt.of(age),
                  p.ageBand(),
                  p.ageCertainty(),
                  p.presumedMinor(),
                  p.sex(),
                  p.citizenship(),
                  p.stateless(),
                  p.accompaniedBy()));
    }
    return d;
  }

  @Test
  void noYearOrAPlausibleOneIsFine() {
    assertThat(DraftChecks.identification(draft(null, 30), TODAY)).isEmpty();
    assertThat(DraftChecks.identification(draft(1996, 30), TODAY)).isEmpty();
    assertThat(DraftChecks.identification(draft(1995, 30), TODAY)).isEmpty();
    assertThat(DraftChecks.identification(draft(1990, null), TODAY)).isEmpty();
  }

  @Test
  void aFutureOrAncientYearIsImpossible() {
    assertThat(DraftChecks.identification(draft(2027, null), TODAY))
        .containsExactly(DraftProblem.BIRTH_YEAR_IMPOSSIBLE);
    assertThat(DraftChecks.identification(draft(1899, null), TODAY))
        .containsExactly(DraftProblem.BIRTH_YEAR_IMPOSSIBLE);
  }

  @Test
  void aYearThatContradictsTheAgeIsSaidAndBlocksFinalising() {
    ScreeningDraft d = draft(1980, 30);
    assertThat(DraftChecks.identification(d, TODAY))
        .containsExactly(DraftProblem.BIRTH_YEAR_CONTRADICTS_AGE);
    assertThat(DraftChecks.beforeFinalising(d, java.util.List.of(), TODAY))
        .contains(DraftProblem.BIRTH_YEAR_CONTRADICTS_AGE);
  }

  @Test
  void typingOtherValuesClearsTheLinkAndAStopKeepsNoIdentification() {
    PersonIdentification linked =
        PersonIdentification.none().typed("Ahmedow", OptionalInt.empty(), "").linkedTo("p-1");
    assertThat(linked.typed("Ahmedow", OptionalInt.empty(), "")).isSameAs(linked);
    assertThat(linked.typed("Ahmedowa", OptionalInt.empty(), "").personId()).isEmpty();
    assertThat(linked.toString()).doesNotContain("Ahmedow");

    ScreeningDraft stopped =
        draft(1990, null).withStop(Optional.of(StopReason.NO_CONSENT)).minimumAtStop();
    assertThat(stopped.identification()).isEqualTo(PersonIdentification.none());
  }
}
