package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.domain.cases.CaseFixtures.*;

import java.util.Random;
import org.depder.domain.screening.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseOpeningTest {
  @ParameterizedTest
  @EnumSource(
      value = Outcome.class,
      names = {
        "RISK_POTENTIAL",
        "POSSIBLE_REFER_SECOND_LINE",
        "PRESUMED_VICTIM_REFER_NRM",
        "URGENT_SAFETY"
      })
  void aScreeningAtRiskOrAboveOpensAnActiveCaseInIdentification(Outcome outcome) {
    var screening = id();
    var opened =
        CaseOpening.fromScreening(
            id(), id(), "DC-7K3F-9Q2M", adultFacts(), screening, outcome, T0, WORKER);
    Case c = opened.opened();
    assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
    assertThat(c.stage()).isEqualTo(Stage.IDENTIFICATION);
    assertThat(c.route()).isEqualTo(OpeningRoute.SCREENING);
    assertThat(c.screeningId()).contains(screening);
    assertThat(c.screeningOutcome()).contains(outcome);
    assertThat(c.ownerId()).isEqualTo(WORKER);
    assertThat(opened.firstEntry().stage()).isEqualTo(Stage.IDENTIFICATION);
    assertThat(opened.firstEntry().at()).isEqualTo(T0);
    assertThat(opened.firstEntry().by()).isEqualTo(WORKER);
    assertThat(opened.firstEntry().caseId()).isEqualTo(c.id());
  }

  @Test
  void aScreeningWithoutIndicatorsOpensNoCase() {
    assertThatThrownBy(
            () ->
                CaseOpening.fromScreening(
                    id(),
                    id(),
                    "DC-7K3F-9Q2M",
                    adultFacts(),
                    id(),
                    Outcome.NO_INDICATORS_THIS_SCREENING,
                    T0,
                    WORKER))
        .isInstanceOf(CaseRuleException.class)
        .extracting(e -> ((CaseRuleException) e).code())
        .isEqualTo(CaseRuleException.Code.SCREENING_OUTCOME_BELOW_RISK);
  }

  @ParameterizedTest
  @EnumSource(
      value = OpeningRoute.class,
      names = {"SOCIAL_WORKER", "CONSULAR_OFFICER"})
  void socialWorkersAndConsularOfficersOpenCasesDirectly(OpeningRoute route) {
    Case c =
        CaseOpening.direct(id(), id(), "DC-7K3F-9Q2M", adultFacts(), route, T0, CONSUL).opened();
    assertThat(c.route()).isEqualTo(route);
    assertThat(c.screeningId()).isEmpty();
    assertThat(c.screeningOutcome()).isEmpty();
  }

  @Test
  void theScreeningRouteNeedsAScreening() {
    assertThatThrownBy(
            () ->
                CaseOpening.direct(
                    id(), id(), "DC-7K3F-9Q2M", adultFacts(), OpeningRoute.SCREENING, T0, WORKER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void childPathByBandOrByPresumption() {
    assertThat(childCase().child()).isTrue();
    assertThat(adultCase().child()).isFalse();
    var presumed = new CaseOpening.Facts(id(), "TM-A", AgeBand.UNKNOWN, true, Sex.FEMALE, "tk");
    assertThat(
            CaseOpening.direct(
                    id(), id(), "DC-7K3F-9Q2M", presumed, OpeningRoute.SOCIAL_WORKER, T0, WORKER)
                .opened()
                .child())
        .isTrue();
    assertThat(AgeBand.ofYears(13)).isEqualTo(AgeBand.UNDER_14);
    assertThat(AgeBand.ofYears(17)).isEqualTo(AgeBand.FROM_14_TO_17);
    assertThat(AgeBand.ofYears(18)).isEqualTo(AgeBand.FROM_18_TO_25);
    assertThat(AgeBand.ofYears(90)).isEqualTo(AgeBand.OVER_60);
    assertThat(AgeBand.ofYears(-3)).isEqualTo(AgeBand.UNKNOWN);
  }

  @Test
  void stagesAndStatusesAreDatedByEntriesAndAClosedCaseIsFinal() {
    Case c = adultCase().withStage(Stage.RECOVERY_AND_REFLECTION).withStatus(CaseStatus.FOLLOW_UP);
    assertThat(c.stage()).isEqualTo(Stage.RECOVERY_AND_REFLECTION);
    assertThat(c.status().htcds()).isEqualTo("FollowUp");
    Case closed = c.close(CaseStatus.CLOSED_REFERRED, T0.plusSeconds(9));
    assertThat(closed.stage()).isEqualTo(Stage.CLOSURE);
    assertThat(closed.closedAt()).contains(T0.plusSeconds(9));
    assertThat(closed.status().htcds()).isEqualTo("ClosedReferred");
    assertThatThrownBy(() -> closed.withStage(Stage.REINTEGRATION))
        .isInstanceOf(CaseRuleException.class);
    assertThatThrownBy(() -> c.withStatus(CaseStatus.CLOSED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.close(CaseStatus.ACTIVE, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void historyIsChronologicalWhateverTheOrderOfArrival() {
    Case c = adultCase();
    var a = new StageEntry(id(), c.id(), Stage.IDENTIFICATION, T0, WORKER, "");
    var b =
        new StageEntry(id(), c.id(), Stage.FORMAL_IDENTIFICATION, T0.plusSeconds(5), WORKER, "x");
    var d =
        new StageEntry(
            id(), c.id(), Stage.RECOVERY_AND_REFLECTION, T0.plusSeconds(9), OTHER_WORKER, "");
    assertThat(StageEntry.history(java.util.List.of(d, a, b))).containsExactly(a, b, d);
  }

  @Test
  void caseNumbersArePseudonymousAndReadable() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      String n = CaseNumber.generate(random);
      assertThat(CaseNumber.isValid(n)).as(n).isTrue();
      assertThat(n).doesNotContain("I", "L", "O", "U");
    }
    assertThat(CaseNumber.isValid("DC-1234-567O")).isFalse();
    assertThat(CaseNumber.isValid("Aýgül")).isFalse();
  }
}
