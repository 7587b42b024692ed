package org.depder.domain.screening;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the scoring needs from one screening record.
 *
 * @param workedAbroadBefore for EXIT: shows the D blocks only for people who worked abroad before
 * @param sexualVariantItems items whose Yes was recorded as the sexual variant (D508 sexual)
 */
public record ScreeningInput(
    ScreeningContext context,
    PersonAge age,
    SafetyGate gate,
    boolean screenerTrainedForSensitive,
    boolean workedAbroadBefore,
    Map<String, Answer> answers,
    Set<String> sexualVariantItems) {

  public ScreeningInput {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(gate, "gate");
    answers = Map.copyOf(answers);
    sexualVariantItems = Set.copyOf(sexualVariantItems);
  }

  public Answer answer(String itemId) {
    return Optional.ofNullable(answers.get(itemId)).orElse(Answer.UNKNOWN);
  }

  public boolean isChild() {
    return age.underAge() || age.presumedMinor() || gate.apparentChild() == Answer.YES;
  }

  /** A copy with one answer replaced; used to re-score after a correction. */
  public ScreeningInput withAnswer(String itemId, Answer answer) {
    Map<String, Answer> copy = new HashMap<>(answers);
    copy.put(itemId, answer);
    return new ScreeningInput(
        context,
        age,
        gate,
        screenerTrainedForSensitive,
        workedAbroadBefore,
        copy,
        sexualVariantItems);
  }
}
