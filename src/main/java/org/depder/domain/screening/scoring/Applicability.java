package org.depder.domain.screening.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.depder.domain.screening.ContextLetter;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.Indicator;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.ScreeningContext;

/** Skip logic of DOMAIN 6.2 as a pure function. The item's context column is the authority. */
public final class Applicability {
  private Applicability() {}

  /**
   * Items for a screening where it is not known whether the person worked abroad before; at EXIT
   * the D blocks are then shown, because asking one block too many is safer than missing one.
   */
  public static List<ApplicableItem> applicableItems(
      IndicatorSet set, ScreeningContext context, boolean child, boolean trainedForSensitive) {
    return applicableItems(set, context, child, trainedForSensitive, true);
  }

  /**
   * Items that apply, in display order: at EXIT the P block first (DOMAIN 6.2), otherwise the order
   * of the set.
   */
  public static List<ApplicableItem> applicableItems(
      IndicatorSet set,
      ScreeningContext context,
      boolean child,
      boolean trainedForSensitive,
      boolean workedAbroadBefore) {
    List<ApplicableItem> result = new ArrayList<>();
    for (Indicator item : set.items()) {
      if (applies(item, context.letter(), child, workedAbroadBefore)) {
        AskMode mode =
            item.sensitive() && !trainedForSensitive ? AskMode.DISCLOSURE_ONLY : AskMode.ASK;
        result.add(new ApplicableItem(item, mode));
      }
    }
    if (context.letter() == ContextLetter.X) {
      // stable sort: keeps the set's order inside each group
      result.sort(Comparator.comparing(a -> a.indicator().dimension() != Dimension.P));
    }
    return List.copyOf(result);
  }

  private static boolean applies(
      Indicator item, ContextLetter letter, boolean child, boolean workedAbroadBefore) {
    if (!item.contexts().contains(letter) || !item.ageScope().includes(child)) {
      return false;
    }
    boolean exploitationBlock = item.dimension().isIloDimension();
    return !(letter == ContextLetter.X && exploitationBlock && !workedAbroadBefore);
  }
}
