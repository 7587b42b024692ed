package org.depder.domain.screening.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.ScreeningInput;
import org.depder.domain.screening.Weight;

/**
 * The Yes answers that count: applicable items only, Yes only (Unknown and Declined never count),
 * weighted for the person's age group.
 */
final class CountedAnswers {
  private final List<WeightedYes> yes;

  private CountedAnswers(List<WeightedYes> yes) {
    this.yes = List.copyOf(yes);
  }

  static CountedAnswers of(IndicatorSet set, ScreeningInput input) {
    boolean child = input.isChild();
    List<WeightedYes> yes = new ArrayList<>();
    for (ApplicableItem applicable :
        Applicability.applicableItems(
            set,
            input.context(),
            child,
            input.screenerTrainedForSensitive(),
            input.workedAbroadBefore())) {
      var item = applicable.indicator();
      if (input.answer(item.id()).counts()) {
        boolean sexual = input.sexualVariantItems().contains(item.id());
        yes.add(new WeightedYes(item.id(), item.dimension(), item.weightFor(child, sexual)));
      }
    }
    return new CountedAnswers(yes);
  }

  List<WeightedYes> all() {
    return yes;
  }

  List<WeightedYes> in(Dimension dimension) {
    return yes.stream().filter(y -> y.dimension() == dimension).toList();
  }

  List<String> ids(Dimension dimension) {
    return in(dimension).stream().map(WeightedYes::itemId).toList();
  }

  List<WeightedYes> inIloDimensions() {
    return yes.stream().filter(y -> y.dimension().isIloDimension()).toList();
  }

  List<String> idsWith(Weight weight, boolean iloOnly) {
    return yes.stream()
        .filter(y -> !iloOnly || y.dimension().isIloDimension())
        .filter(y -> y.is(weight))
        .map(WeightedYes::itemId)
        .toList();
  }

  boolean isYes(String itemId) {
    return yes.stream().anyMatch(y -> y.itemId().equals(itemId));
  }

  List<String> yesAmong(Set<String> itemIds) {
    return yes.stream().map(WeightedYes::itemId).filter(itemIds::contains).toList();
  }

  Set<Dimension> dimensionsWithYes() {
    return yes.stream().map(WeightedYes::dimension).collect(Collectors.toSet());
  }
}
