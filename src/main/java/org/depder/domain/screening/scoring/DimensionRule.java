package org.depder.domain.screening.scoring;

import java.util.ArrayList;
import java.util.List;
import org.depder.domain.screening.Combination;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.DimensionStatus;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.Weight;

/**
 * Rule 6.3.1: the status of each ILO dimension from the weights of its Yes items. One strong item
 * alone meets no ILO combination, so it does not make its dimension positive; it still lifts the
 * outcome to POSSIBLE through rule 6.3.4 ({@code STRONG_ITEM_YES}).
 */
public final class DimensionRule {
  private DimensionRule() {}

  /** True if the counts meet any combination of the rule set. */
  public static boolean isPositive(
      List<Combination> combinations, int strong, int medium, int weak) {
    return combinations.stream().anyMatch(c -> c.isMetBy(strong, medium, weak));
  }

  static List<DimensionStatus> statuses(RuleSet rules, CountedAnswers counted, boolean child) {
    List<DimensionStatus> result = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      if (dimension.isIloDimension()) {
        result.add(status(rules, counted, dimension, child));
      }
    }
    return List.copyOf(result);
  }

  private static DimensionStatus status(
      RuleSet rules, CountedAnswers counted, Dimension dimension, boolean child) {
    List<WeightedYes> yes = counted.in(dimension);
    int s = (int) yes.stream().filter(y -> y.is(Weight.STRONG)).count();
    int m = (int) yes.stream().filter(y -> y.is(Weight.MEDIUM)).count();
    int w = (int) yes.stream().filter(y -> y.is(Weight.WEAK)).count();
    boolean byCounts = isPositive(rules.positiveCombinations(), s, m, w);
    boolean forced =
        child
            && !byCounts
            && yes.stream().anyMatch(y -> rules.childAlwaysPositiveItems().contains(y.itemId()));
    return new DimensionStatus(
        dimension, byCounts || forced, s, m, w, counted.ids(dimension), forced);
  }
}
