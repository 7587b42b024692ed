package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.depder.domain.screening.JudgementProblem;
import org.depder.domain.screening.JudgementRules;
import org.depder.domain.screening.JudgementValidation;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreenerJudgement;
import org.junit.jupiter.api.Test;

/** Rule 6.3.7. */
class JudgementRulesTest {

  private static JudgementValidation judge(
      Outcome computed, Outcome chosen, String reason, String coordinator) {
    return JudgementRules.validate(
        new ScreenerJudgement(
            computed, chosen, Optional.ofNullable(reason), Optional.ofNullable(coordinator)));
  }

  @Test
  void screenerMayRaiseFreely() {
    assertThat(
            judge(
                    Outcome.NO_INDICATORS_THIS_SCREENING,
                    Outcome.PRESUMED_VICTIM_REFER_NRM,
                    null,
                    null)
                .accepted())
        .isTrue();
  }

  @Test
  void keepingTheComputedOutcomeNeedsNothing() {
    assertThat(judge(Outcome.RISK_POTENTIAL, Outcome.RISK_POTENTIAL, null, null).accepted())
        .isTrue();
  }

  @Test
  void loweringNeedsReasonAndCoordinator() {
    var result = judge(Outcome.PRESUMED_VICTIM_REFER_NRM, Outcome.RISK_POTENTIAL, null, null);

    assertThat(result)
        .isEqualTo(
            new JudgementValidation.Rejected(
                List.of(
                    JudgementProblem.LOWERING_NEEDS_REASON,
                    JudgementProblem.LOWERING_NEEDS_COORDINATOR)));
  }

  @Test
  void loweringWithBlankReasonIsRejected() {
    var result = judge(Outcome.URGENT_SAFETY, Outcome.POSSIBLE_REFER_SECOND_LINE, "  ", "coord-7");

    assertThat(result)
        .isEqualTo(
            new JudgementValidation.Rejected(List.of(JudgementProblem.LOWERING_NEEDS_REASON)));
  }

  @Test
  void loweringWithReasonAndCoordinatorIsAccepted() {
    assertThat(
            judge(
                    Outcome.POSSIBLE_REFER_SECOND_LINE,
                    Outcome.RISK_POTENTIAL,
                    "second-line interview already held",
                    "coord-7")
                .accepted())
        .isTrue();
  }
}
