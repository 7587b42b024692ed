package org.depder.domain.screening.scoring;

import java.util.ArrayList;
import java.util.List;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.DimensionStatus;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.Reason;
import org.depder.domain.screening.ReasonCode;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.ScreeningInput;
import org.depder.domain.screening.ScreeningResult;

/** Scores one screening: safety gate, dimension statuses, decision logic 6.3. Pure. */
public final class ScreeningScorer {
  private ScreeningScorer() {}

  /**
   * @throws IllegalArgumentException if the rule set was not written for this indicator set
   */
  public static ScreeningResult score(IndicatorSet set, RuleSet rules, ScreeningInput input) {
    if (!rules.indicatorSet().equals(set.ref())) {
      throw new IllegalArgumentException(
          "rule set "
              + rules.versionTag()
              + " is for "
              + rules.indicatorSet().tag()
              + ", not "
              + set.ref().tag());
    }
    boolean child = input.isChild();
    CountedAnswers counted = CountedAnswers.of(set, input);
    List<DimensionStatus> statuses = DimensionRule.statuses(rules, counted, child);
    DecisionRules.Decision decision = DecisionRules.decide(rules, counted, statuses, child);

    List<Reason> reasons = new ArrayList<>(gateReasons(input));
    if (child) {
      reasons.add(Reason.of(ReasonCode.CHILD_PATH, childBasis(input)));
    }
    reasons.addAll(decision.reasons());

    boolean urgent = input.gate().urgent();
    boolean childProtection =
        child && (urgent || decision.outcome() != Outcome.NO_INDICATORS_THIS_SCREENING);
    if (childProtection) {
      reasons.add(
          Reason.of(
              ReasonCode.CHILD_PROTECTION_REFERRAL,
              counted.yesAmong(rules.childProtectionItems())));
    }
    return new ScreeningResult(
        urgent ? Outcome.URGENT_SAFETY : decision.outcome(),
        decision.outcome(),
        statuses,
        reasons,
        rules.versionTag(),
        set.ref(),
        child,
        childProtection);
  }

  private static List<Reason> gateReasons(ScreeningInput input) {
    List<Reason> reasons = new ArrayList<>();
    if (input.gate().immediateDanger() == Answer.YES) {
      reasons.add(Reason.of(ReasonCode.SAFETY_GATE_IMMEDIATE_DANGER));
    }
    if (input.gate().urgentMedicalNeed() == Answer.YES) {
      reasons.add(Reason.of(ReasonCode.SAFETY_GATE_URGENT_MEDICAL_NEED));
    }
    if (input.gate().notSafeToTalk()) {
      reasons.add(Reason.of(ReasonCode.SAFETY_GATE_NOT_SAFE_TO_TALK));
    }
    return reasons;
  }

  private static String childBasis(ScreeningInput input) {
    if (input.age().underAge()) {
      return "AGE";
    }
    return input.age().presumedMinor() ? "PRESUMED_MINOR" : "APPARENT_CHILD";
  }
}
