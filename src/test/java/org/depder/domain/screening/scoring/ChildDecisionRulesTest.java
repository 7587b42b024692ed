package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.domain.screening.ScreeningContext.ENTRY_FOREIGNER;
import static org.depder.domain.screening.ScreeningContext.ENTRY_RETURNEE;
import static org.depder.domain.screening.ScreeningContext.EXIT;

import java.util.OptionalInt;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.DimensionStatus;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.PersonAge;
import org.depder.domain.screening.Reason;
import org.depder.domain.screening.ReasonCode;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreeningResult;
import org.junit.jupiter.api.Test;

/** Decision logic 6.3 and skip logic 6.2 for children (under 18 or presumed minor). */
class ChildDecisionRulesTest {

  private static DimensionStatus d4(ScreeningResult result) {
    return result.dimensions().stream()
        .filter(d -> d.dimension() == Dimension.D4)
        .findFirst()
        .get();
  }

  @Test
  void childPresumedNeedsActAndExploitationButNoMeans() {
    var result = Screening.child(ENTRY_RETURNEE).yes("ACT01", "D401", "D402").score();

    assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.CHILD_ACT_AND_EXPLOITATION, "ACT01", "D4"));
    assertThat(result.childPath()).isTrue();
  }

  @Test
  void childPresumedOnAnyChildExploitationItemWithAct() {
    var begging = Screening.child(ENTRY_RETURNEE).yes("ACT01", "D407").score();
    var illegal = Screening.child(ENTRY_RETURNEE).yes("ACT01", "D509").score();

    assertThat(begging.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(begging.reasons())
        .contains(Reason.of(ReasonCode.CHILD_ACT_AND_EXPLOITATION, "ACT01", "D407"));
    assertThat(illegal.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
  }

  @Test
  void childD406AlwaysMakesExploitationPositive() {
    var result = Screening.child(ENTRY_RETURNEE).yes("D406").score();

    assertThat(d4(result).positive()).isTrue();
    assertThat(d4(result).forcedByChildRule()).isTrue();
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.CHILD_SEXUAL_EXPLOITATION_ALWAYS_POSITIVE, "D406"));
    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
  }

  @Test
  void childD406WithActIsPresumed() {
    var result = Screening.child(ENTRY_RETURNEE).yes("ACT01", "D406").score();

    assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
  }

  @Test
  void childWithoutActIsPossibleNotPresumed() {
    var result = Screening.child(ENTRY_RETURNEE).yes("D401", "D402").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
  }

  @Test
  void childAnyItemIsPossible() {
    var result = Screening.child(EXIT).yes("P01").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.reasons()).contains(Reason.of(ReasonCode.CHILD_ANY_ITEM, "P01"));
  }

  @Test
  void childUsesChildWeights() {
    var adult = Screening.adult(ENTRY_RETURNEE).yes("D202").score();
    var child = Screening.child(ENTRY_RETURNEE).yes("D202").score();

    assertThat(adult.hasReason(ReasonCode.STRONG_ITEM_YES)).isFalse();
    assertThat(child.reasons()).contains(Reason.of(ReasonCode.STRONG_ITEM_YES, "D202"));
  }

  @Test
  void childWithP06P07OrP08SuggestsChildProtectionReferral() {
    for (String item : new String[] {"P06", "P07", "P08"}) {
      var result = Screening.child(EXIT).yes(item).score();

      assertThat(result.childProtectionReferralSuggested()).as(item).isTrue();
      assertThat(result.reasons())
          .as(item)
          .contains(Reason.of(ReasonCode.CHILD_PROTECTION_REFERRAL, item));
    }
  }

  @Test
  void childWithNoIndicatorsHasNoChildProtectionSuggestionFromScoring() {
    var result = Screening.child(EXIT).score();

    assertThat(result.outcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
    assertThat(result.childProtectionReferralSuggested()).isFalse();
  }

  @Test
  void adultNeverGetsChildProtectionSuggestion() {
    var result = Screening.adult(EXIT).yes("P06", "P07").score();

    assertThat(result.childProtectionReferralSuggested()).isFalse();
  }

  @Test
  void childOnlyItemP08IsIgnoredForAdults() {
    var result = Screening.adult(ENTRY_FOREIGNER).yes("P08").score();

    assertThat(result.outcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
  }

  @Test
  void presumedMinorOfUnknownAgeTakesTheChildPath() {
    var result =
        Screening.adult(EXIT).age(PersonAge.presumedMinorOfUnknownAge()).yes("P01").score();

    assertThat(result.childPath()).isTrue();
    assertThat(result.reasons()).contains(Reason.of(ReasonCode.CHILD_PATH, "PRESUMED_MINOR"));
  }

  @Test
  void estimatedAgeOfAdultWithPresumptionStillTakesTheChildPath() {
    var result =
        Screening.adult(EXIT).age(new PersonAge(OptionalInt.of(19), true)).yes("P01").score();

    assertThat(result.childPath()).isTrue();
  }

  @Test
  void apparentChildAtTheSafetyGateTakesTheChildPath() {
    var gate = new SafetyGate(Answer.YES, Answer.NO, Answer.NO, Answer.YES);
    var result = Screening.adult(EXIT).age(PersonAge.unknown()).gate(gate).score();

    assertThat(result.childPath()).isTrue();
    assertThat(result.reasons()).contains(Reason.of(ReasonCode.CHILD_PATH, "APPARENT_CHILD"));
  }

  @Test
  void unknownAgeWithoutPresumptionTakesTheAdultPath() {
    var result = Screening.adult(EXIT).age(PersonAge.unknown()).score();

    assertThat(result.childPath()).isFalse();
  }
}
