package org.depder.ui.screening;

import java.util.List;
import org.depder.app.i18n.Messages;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.Reason;

/**
 * Plain words for outcomes, dimensions and reasons. Every key is written out in full here so the
 * bundle test finds it; there is no text for "not a victim" because no outcome means that.
 */
public final class ResultTexts {
  private ResultTexts() {}

  public static String outcomeKey(Outcome outcome) {
    return switch (outcome) {
      case NO_INDICATORS_THIS_SCREENING -> "screening.outcome.noIndicators";
      case RISK_POTENTIAL -> "screening.outcome.risk";
      case POSSIBLE_REFER_SECOND_LINE -> "screening.outcome.possible";
      case PRESUMED_VICTIM_REFER_NRM -> "screening.outcome.presumed";
      case URGENT_SAFETY -> "screening.outcome.urgent";
    };
  }

  public static String outcomeAdviceKey(Outcome outcome) {
    return switch (outcome) {
      case NO_INDICATORS_THIS_SCREENING -> "screening.outcome.noIndicators.advice";
      case RISK_POTENTIAL -> "screening.outcome.risk.advice";
      case POSSIBLE_REFER_SECOND_LINE -> "screening.outcome.possible.advice";
      case PRESUMED_VICTIM_REFER_NRM -> "screening.outcome.presumed.advice";
      case URGENT_SAFETY -> "screening.outcome.urgent.advice";
    };
  }

  public static String dimensionKey(Dimension dimension) {
    return switch (dimension) {
      case P -> "screening.dimension.p";
      case ACT -> "screening.dimension.act";
      case D1 -> "screening.dimension.d1";
      case D2 -> "screening.dimension.d2";
      case D3 -> "screening.dimension.d3";
      case D4 -> "screening.dimension.d4";
      case D5 -> "screening.dimension.d5";
      case D6 -> "screening.dimension.d6";
      case O -> "screening.dimension.o";
    };
  }

  /** One reason as a sentence in the given language. */
  public static String reason(Messages messages, Reason reason) {
    List<String> args = reason.arguments();
    String items = String.join(", ", args);
    return switch (reason.code()) {
      case SAFETY_GATE_IMMEDIATE_DANGER -> messages.text("screening.reason.immediateDanger");
      case SAFETY_GATE_URGENT_MEDICAL_NEED -> messages.text("screening.reason.medicalNeed");
      case SAFETY_GATE_NOT_SAFE_TO_TALK -> messages.text("screening.reason.notSafe");
      case CHILD_PATH -> messages.text(childPathKey(args.isEmpty() ? "" : args.get(0)));
      case DIMENSION_POSITIVE ->
          messages.text(
              "screening.reason.dimensionPositive",
              messages.text(dimensionKey(Dimension.valueOf(args.get(0)))),
              String.join(", ", args.subList(1, args.size())));
      case CHILD_SEXUAL_EXPLOITATION_ALWAYS_POSITIVE ->
          messages.text("screening.reason.childSexualExploitation", items);
      case ADULT_COMBINATION_MET -> messages.text("screening.reason.adultCombination", items);
      case CHILD_ACT_AND_EXPLOITATION -> messages.text("screening.reason.childAct", items);
      case STRONG_ITEM_YES -> messages.text("screening.reason.strongItem", items);
      case TWO_MEDIUM_ACROSS_DIMENSIONS -> messages.text("screening.reason.twoMedium", items);
      case CHILD_ANY_ITEM -> messages.text("screening.reason.childAnyItem", items);
      case OBSERVATIONS_WITH_OTHER_YES ->
          messages.text("screening.reason.observationsWithOther", items);
      case ONLY_RISK_ITEMS -> messages.text("screening.reason.onlyRisk", items);
      case RISK_ITEMS_PRESENT -> messages.text("screening.reason.riskPresent", items);
      case OBSERVATIONS_ONLY_CAPPED -> messages.text("screening.reason.observationsOnly", items);
      case INDICATORS_BELOW_THRESHOLD -> messages.text("screening.reason.belowThreshold", items);
      case CHILD_PROTECTION_REFERRAL ->
          args.isEmpty()
              ? messages.text("screening.reason.childProtection")
              : messages.text("screening.reason.childProtectionItems", items);
      case NO_INDICATOR_ANSWERED_YES -> messages.text("screening.reason.noIndicators");
    };
  }

  private static String childPathKey(String basis) {
    return switch (basis) {
      case "AGE" -> "screening.reason.childPath.age";
      case "PRESUMED_MINOR" -> "screening.reason.childPath.presumed";
      default -> "screening.reason.childPath.apparent";
    };
  }
}
