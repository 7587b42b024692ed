package org.depder.domain.screening.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.DimensionStatus;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.Reason;
import org.depder.domain.screening.ReasonCode;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.Weight;

/**
 * Rules 6.3.2 to 6.3.6: the indicator outcome and its reasons. Every test here only looks for the
 * presence of Yes answers, never for their absence; that is what keeps the outcome monotone (see
 * docs/screening-rules.md, "Monotonicity").
 */
final class DecisionRules {
  private final RuleSet rules;
  private final CountedAnswers counted;
  private final List<DimensionStatus> statuses;
  private final boolean child;
  private final List<Reason> reasons = new ArrayList<>();
  private Outcome outcome = Outcome.NO_INDICATORS_THIS_SCREENING;

  private DecisionRules(
      RuleSet rules, CountedAnswers counted, List<DimensionStatus> statuses, boolean child) {
    this.rules = rules;
    this.counted = counted;
    this.statuses = statuses;
    this.child = child;
  }

  /** The indicator outcome and the reasons for it, most severe rule first. */
  static Decision decide(
      RuleSet rules, CountedAnswers counted, List<DimensionStatus> statuses, boolean child) {
    var d = new DecisionRules(rules, counted, statuses, child);
    d.presumed();
    d.possible();
    d.riskFloor();
    if (d.outcome == Outcome.NO_INDICATORS_THIS_SCREENING) {
      d.reasons.add(Reason.of(ReasonCode.NO_INDICATOR_ANSWERED_YES));
    }
    return new Decision(d.outcome, List.copyOf(d.reasons));
  }

  record Decision(Outcome outcome, List<Reason> reasons) {}

  private void raiseTo(Outcome candidate, Reason reason) {
    outcome = Outcome.max(outcome, candidate);
    reasons.add(reason);
  }

  private boolean positive(Dimension dimension) {
    return statuses.stream().anyMatch(s -> s.dimension() == dimension && s.positive());
  }

  private List<String> positiveAmong(Dimension... dimensions) {
    return Stream.of(dimensions).filter(this::positive).map(Dimension::name).toList();
  }

  private void presumed() {
    if (!counted.isYes(rules.actItem())) {
      return;
    }
    if (child) {
      List<String> evidence = new ArrayList<>(positiveAmong(Dimension.D4));
      evidence.addAll(counted.yesAmong(rules.childExploitationItems()));
      if (!evidence.isEmpty()) {
        List<String> args = new ArrayList<>(List.of(rules.actItem()));
        args.addAll(evidence);
        raiseTo(
            Outcome.PRESUMED_VICTIM_REFER_NRM,
            Reason.of(ReasonCode.CHILD_ACT_AND_EXPLOITATION, args));
      }
      return;
    }
    List<String> recruitment = positiveAmong(Dimension.D1, Dimension.D2, Dimension.D3);
    List<String> destination = positiveAmong(Dimension.D5, Dimension.D6);
    if (!recruitment.isEmpty() && positive(Dimension.D4) && !destination.isEmpty()) {
      List<String> args = new ArrayList<>(recruitment);
      args.add(Dimension.D4.name());
      args.addAll(destination);
      raiseTo(Outcome.PRESUMED_VICTIM_REFER_NRM, Reason.of(ReasonCode.ADULT_COMBINATION_MET, args));
    }
  }

  private void possible() {
    for (DimensionStatus status : statuses) {
      if (status.positive()) {
        List<String> args = new ArrayList<>(List.of(status.dimension().name()));
        args.addAll(status.yesItems());
        raiseTo(Outcome.POSSIBLE_REFER_SECOND_LINE, Reason.of(ReasonCode.DIMENSION_POSITIVE, args));
        if (status.forcedByChildRule()) {
          reasons.add(
              Reason.of(
                  ReasonCode.CHILD_SEXUAL_EXPLOITATION_ALWAYS_POSITIVE,
                  counted.yesAmong(rules.childAlwaysPositiveItems())));
        }
      }
    }
    for (String strong : counted.idsWith(Weight.STRONG, false)) {
      raiseTo(Outcome.POSSIBLE_REFER_SECOND_LINE, Reason.of(ReasonCode.STRONG_ITEM_YES, strong));
    }
    List<String> medium = counted.idsWith(Weight.MEDIUM, true);
    if (medium.size() >= rules.mediumItemsForPossible()) {
      raiseTo(
          Outcome.POSSIBLE_REFER_SECOND_LINE,
          Reason.of(ReasonCode.TWO_MEDIUM_ACROSS_DIMENSIONS, medium));
    }
    List<String> childItems =
        idsIn(
            Dimension.P,
            Dimension.D1,
            Dimension.D2,
            Dimension.D3,
            Dimension.D4,
            Dimension.D5,
            Dimension.D6);
    if (child && !childItems.isEmpty()) {
      raiseTo(Outcome.POSSIBLE_REFER_SECOND_LINE, Reason.of(ReasonCode.CHILD_ANY_ITEM, childItems));
    }
    List<String> observations = counted.ids(Dimension.O);
    List<String> others =
        idsIn(
            Dimension.P,
            Dimension.ACT,
            Dimension.D1,
            Dimension.D2,
            Dimension.D3,
            Dimension.D4,
            Dimension.D5,
            Dimension.D6);
    if (observations.size() >= rules.observationsForPossible() && !others.isEmpty()) {
      List<String> args = new ArrayList<>(observations);
      args.addAll(others);
      raiseTo(
          Outcome.POSSIBLE_REFER_SECOND_LINE,
          Reason.of(ReasonCode.OBSERVATIONS_WITH_OTHER_YES, args));
    }
  }

  /**
   * Rules 6.3.5 and 6.3.6 read literally would drop a person from RISK to "no indicators" when a
   * below-threshold D item is added to their P or O items; every weighted Yes therefore keeps at
   * least RISK_POTENTIAL (safe direction, see docs).
   */
  private void riskFloor() {
    if (outcome.compareTo(Outcome.RISK_POTENTIAL) >= 0) {
      return;
    }
    List<String> risk = counted.ids(Dimension.P);
    List<String> observations = counted.ids(Dimension.O);
    List<String> below = counted.inIloDimensions().stream().map(WeightedYes::itemId).toList();
    if (!risk.isEmpty()) {
      boolean onlyRisk = observations.isEmpty() && below.isEmpty();
      raiseTo(
          Outcome.RISK_POTENTIAL,
          Reason.of(onlyRisk ? ReasonCode.ONLY_RISK_ITEMS : ReasonCode.RISK_ITEMS_PRESENT, risk));
    }
    if (!observations.isEmpty() && risk.isEmpty() && below.isEmpty()) {
      raiseTo(Outcome.RISK_POTENTIAL, Reason.of(ReasonCode.OBSERVATIONS_ONLY_CAPPED, observations));
    } else if (!observations.isEmpty() || !below.isEmpty()) {
      List<String> args = new ArrayList<>(below);
      args.addAll(observations);
      raiseTo(Outcome.RISK_POTENTIAL, Reason.of(ReasonCode.INDICATORS_BELOW_THRESHOLD, args));
    }
  }

  private List<String> idsIn(Dimension... dimensions) {
    List<Dimension> wanted = List.of(dimensions);
    return counted.all().stream()
        .filter(y -> wanted.contains(y.dimension()))
        .map(WeightedYes::itemId)
        .toList();
  }
}
