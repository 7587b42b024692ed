package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.domain.screening.ScreeningContext.ENTRY_RETURNEE;
import static org.depder.domain.screening.ScreeningContext.EXIT;

import java.util.List;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.DimensionStatus;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.Reason;
import org.depder.domain.screening.ReasonCode;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.ScreeningResult;
import org.depder.domain.screening.VersionRef;
import org.junit.jupiter.api.Test;

/** Decision logic 6.3 for adults, one test per rule, on the bundled draft data. */
class AdultDecisionRulesTest {

  private static DimensionStatus dimension(ScreeningResult result, Dimension dimension) {
    return result.dimensions().stream().filter(d -> d.dimension() == dimension).findFirst().get();
  }

  @Test
  void adultPresumedNeedsActRecruitmentExploitationAndControl() {
    var result =
        Screening.adult(ENTRY_RETURNEE)
            .yes("ACT01", "D101", "D102", "D401", "D402", "D501", "D505")
            .score();

    assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.ADULT_COMBINATION_MET, "D1", "D4", "D5"))
        .contains(Reason.of(ReasonCode.DIMENSION_POSITIVE, "D4", "D401", "D402"));
    assertThat(result.childPath()).isFalse();
  }

  @Test
  void adultPresumedAcceptsAbuseOfVulnerabilityAtRecruitmentAndDestination() {
    var result =
        Screening.adult(ENTRY_RETURNEE)
            .yes("ACT01", "D301", "D302", "D303", "D401", "D402", "D601", "D602", "D603")
            .score();

    assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.ADULT_COMBINATION_MET, "D3", "D4", "D6"));
  }

  @Test
  void adultWithoutActIsPossibleNotPresumed() {
    var result =
        Screening.adult(ENTRY_RETURNEE).yes("D101", "D102", "D401", "D402", "D501", "D505").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.hasReason(ReasonCode.ADULT_COMBINATION_MET)).isFalse();
  }

  @Test
  void adultWithoutDestinationDimensionIsPossibleNotPresumed() {
    var result =
        Screening.adult(ENTRY_RETURNEE).yes("ACT01", "D101", "D102", "D401", "D402").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
  }

  @Test
  void anyPositiveDimensionIsPossible() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("D102", "D103", "D104").score();

    assertThat(dimension(result, Dimension.D1).positive()).isTrue();
    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.DIMENSION_POSITIVE, "D1", "D102", "D103", "D104"));
  }

  @Test
  void anyStrongItemYesIsPossibleEvenThoughItsDimensionIsNotPositive() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("D501").score();

    assertThat(dimension(result, Dimension.D5).positive()).isFalse();
    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.reasons()).contains(Reason.of(ReasonCode.STRONG_ITEM_YES, "D501"));
  }

  @Test
  void twoMediumItemsAcrossDimensionsArePossible() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("D102", "D402").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.TWO_MEDIUM_ACROSS_DIMENSIONS, "D102", "D402"));
  }

  @Test
  void onlyRiskItemsGiveRiskPotential() {
    var result = Screening.adult(EXIT).yes("P02", "P03").score();

    assertThat(result.outcome()).isEqualTo(Outcome.RISK_POTENTIAL);
    assertThat(result.reasons()).contains(Reason.of(ReasonCode.ONLY_RISK_ITEMS, "P02", "P03"));
  }

  @Test
  void riskItemsWithABelowThresholdItemStayRiskPotential() {
    // rule 5 read literally ("only P-items") would drop this to no indicators: see docs
    var result = Screening.adult(EXIT).yes("P02", "D305").score();

    assertThat(result.outcome()).isEqualTo(Outcome.RISK_POTENTIAL);
    assertThat(result.hasReason(ReasonCode.RISK_ITEMS_PRESENT)).isTrue();
  }

  @Test
  void singleBelowThresholdItemKeepsRiskPotentialFloor() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("D102").score();

    assertThat(result.outcome()).isEqualTo(Outcome.RISK_POTENTIAL);
    assertThat(result.reasons()).contains(Reason.of(ReasonCode.INDICATORS_BELOW_THRESHOLD, "D102"));
  }

  @Test
  void observationsAloneAreCappedAtRiskPotential() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("O01", "O02", "O03", "O04").score();

    assertThat(result.outcome()).isEqualTo(Outcome.RISK_POTENTIAL);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.OBSERVATIONS_ONLY_CAPPED, "O01", "O02", "O03", "O04"));
  }

  @Test
  void twoObservationsPlusAnyOtherYesArePossible() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("O01", "O02", "P02").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.reasons())
        .contains(Reason.of(ReasonCode.OBSERVATIONS_WITH_OTHER_YES, "O01", "O02", "P02"));
  }

  @Test
  void oneObservationPlusAnotherYesIsNotLiftedByRuleSix() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("O01", "P02").score();

    assertThat(result.outcome()).isEqualTo(Outcome.RISK_POTENTIAL);
  }

  @Test
  void unknownAndDeclinedNeverCount() {
    var result =
        Screening.adult(ENTRY_RETURNEE)
            .answer(Answer.UNKNOWN, "ACT01", "D101", "D401", "D501")
            .answer(Answer.DECLINED, "D102", "D402", "D502")
            .score();

    assertThat(result.outcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
    assertThat(result.reasons()).containsExactly(Reason.of(ReasonCode.NO_INDICATOR_ANSWERED_YES));
  }

  @Test
  void actAloneIsNoIndicatorsThisScreening() {
    var result = Screening.adult(ENTRY_RETURNEE).yes("ACT01").score();

    assertThat(result.outcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
  }

  @Test
  void answersToItemsNotApplicableInTheContextAreIgnored() {
    var result = Screening.adult(EXIT).yes("D401", "D501", "ACT01").score();

    assertThat(result.outcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
  }

  @Test
  void exitWithoutWorkAbroadIgnoresTheExploitationBlocks() {
    var result = Screening.adult(EXIT).neverWorkedAbroad().yes("D301", "D302").score();

    assertThat(result.outcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
  }

  @Test
  void sexualVariantOfD508CountsAsStrongForAdults() {
    var plain = Screening.adult(ENTRY_RETURNEE).yes("D508").score();
    var sexual = Screening.adult(ENTRY_RETURNEE).yes("D508").sexualVariant("D508").score();

    assertThat(plain.outcome()).isEqualTo(Outcome.RISK_POTENTIAL);
    assertThat(sexual.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(sexual.reasons()).contains(Reason.of(ReasonCode.STRONG_ITEM_YES, "D508"));
  }

  @Test
  void spontaneousDisclosureOfSensitiveItemCountsForUntrainedScreener() {
    var result = Screening.adult(ENTRY_RETURNEE).untrainedForSensitive().yes("D406").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
  }

  @Test
  void everyResultRecordsRuleSetAndIndicatorSetVersion() {
    var result = Screening.adult(ENTRY_RETURNEE).score();

    assertThat(result.ruleSetVersion()).isEqualTo("tm-draft-2025.1");
    assertThat(result.indicatorSet()).isEqualTo(new VersionRef("tm-draft", "2025.1"));
  }

  @Test
  void dimensionStatusesCoverTheSixIloDimensionsInOrder() {
    var result = Screening.adult(ENTRY_RETURNEE).score();

    assertThat(result.dimensions())
        .extracting(DimensionStatus::dimension)
        .containsExactly(
            Dimension.D1, Dimension.D2, Dimension.D3, Dimension.D4, Dimension.D5, Dimension.D6);
  }

  @Test
  void scoringRefusesARuleSetWrittenForAnotherIndicatorSet() {
    RuleSet r = DraftData.RULES;
    RuleSet other =
        new RuleSet(
            r.ref(),
            r.draft(),
            r.status(),
            new VersionRef("tm-draft", "2099.1"),
            r.positiveCombinations(),
            r.mediumItemsForPossible(),
            r.observationsForPossible(),
            r.actItem(),
            r.childExploitationItems(),
            r.childAlwaysPositiveItems(),
            r.childProtectionItems());

    assertThatThrownBy(
            () ->
                ScreeningScorer.score(
                    DraftData.SET, other, Screening.adult(ENTRY_RETURNEE).input()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2099.1");
  }

  @Test
  void thresholdsComeFromTheRuleSet() {
    RuleSet r = DraftData.RULES;
    RuleSet stricter =
        new RuleSet(
            r.ref(),
            r.draft(),
            r.status(),
            r.indicatorSet(),
            r.positiveCombinations(),
            3,
            r.observationsForPossible(),
            r.actItem(),
            r.childExploitationItems(),
            r.childAlwaysPositiveItems(),
            r.childProtectionItems());
    var input = Screening.adult(ENTRY_RETURNEE).yes("D102", "D402").input();

    assertThat(ScreeningScorer.score(DraftData.SET, stricter, input).outcome())
        .isEqualTo(Outcome.RISK_POTENTIAL);
    assertThat(ScreeningScorer.score(DraftData.SET, r, input).outcome())
        .isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(List.of(r.mediumItemsForPossible())).containsExactly(2);
  }
}
