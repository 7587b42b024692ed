package org.depder.domain.screening.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.PersonAge;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreeningContext;
import org.depder.domain.screening.ScreeningInput;
import org.depder.domain.screening.ScreeningResult;

/** Test builder: {@code Screening.adult(ENTRY_RETURNEE).yes("D101").score()}. */
final class Screening {
  private final ScreeningContext context;
  private PersonAge age;
  private SafetyGate gate = SafetyGate.clear();
  private boolean trained = true;
  private boolean workedAbroad = true;
  private final Map<String, Answer> answers = new HashMap<>();
  private final Set<String> sexual = new HashSet<>();

  private Screening(ScreeningContext context, PersonAge age) {
    this.context = context;
    this.age = age;
  }

  static Screening adult(ScreeningContext context) {
    return new Screening(context, PersonAge.adult(30));
  }

  static Screening child(ScreeningContext context) {
    return new Screening(context, PersonAge.adult(15));
  }

  Screening age(PersonAge value) {
    this.age = value;
    return this;
  }

  Screening gate(SafetyGate value) {
    this.gate = value;
    return this;
  }

  Screening untrainedForSensitive() {
    this.trained = false;
    return this;
  }

  Screening neverWorkedAbroad() {
    this.workedAbroad = false;
    return this;
  }

  Screening yes(String... ids) {
    return answer(Answer.YES, ids);
  }

  Screening answer(Answer answer, String... ids) {
    for (String id : ids) {
      answers.put(id, answer);
    }
    return this;
  }

  Screening sexualVariant(String id) {
    sexual.add(id);
    return this;
  }

  ScreeningInput input() {
    return new ScreeningInput(context, age, gate, trained, workedAbroad, answers, sexual);
  }

  ScreeningResult score() {
    return ScreeningScorer.score(DraftData.SET, DraftData.RULES, input());
  }
}
