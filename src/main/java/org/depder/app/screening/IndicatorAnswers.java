package org.depder.app.screening;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.depder.domain.screening.Answer;

/**
 * Section 5: the answer to each indicator id, and the items whose Yes was the sexual variant. An
 * item without an answer is Unknown, which never counts (DOMAIN 6.1).
 */
public record IndicatorAnswers(Map<String, Answer> answers, Set<String> sexualVariantItems) {
  public IndicatorAnswers {
    answers = Map.copyOf(answers);
    sexualVariantItems = Set.copyOf(sexualVariantItems);
  }

  public static IndicatorAnswers none() {
    return new IndicatorAnswers(Map.of(), Set.of());
  }

  public Answer answer(String itemId) {
    return answers.getOrDefault(itemId, Answer.UNKNOWN);
  }

  public boolean answered(String itemId) {
    return answers.containsKey(itemId);
  }

  public IndicatorAnswers with(String itemId, Answer answer) {
    Objects.requireNonNull(answer, "answer");
    Map<String, Answer> copy = new HashMap<>(answers);
    copy.put(itemId, answer);
    return new IndicatorAnswers(copy, sexualVariantItems);
  }

  public IndicatorAnswers withSexualVariant(String itemId, boolean sexual) {
    Set<String> copy = new HashSet<>(sexualVariantItems);
    if (sexual) {
      copy.add(itemId);
    } else {
      copy.remove(itemId);
    }
    return new IndicatorAnswers(answers, copy);
  }
}
