package org.depder.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pure check of rule 6.3.7: escalate freely, de-escalate only with reason and coordinator. */
public final class JudgementRules {
  private JudgementRules() {}

  public static JudgementValidation validate(ScreenerJudgement judgement) {
    if (!judgement.lowers()) {
      return new JudgementValidation.Accepted();
    }
    List<JudgementProblem> problems = new ArrayList<>();
    if (isBlank(judgement.reason())) {
      problems.add(JudgementProblem.LOWERING_NEEDS_REASON);
    }
    if (isBlank(judgement.coordinatorId())) {
      problems.add(JudgementProblem.LOWERING_NEEDS_COORDINATOR);
    }
    return problems.isEmpty()
        ? new JudgementValidation.Accepted()
        : new JudgementValidation.Rejected(problems);
  }

  private static boolean isBlank(Optional<String> value) {
    return value.map(String::isBlank).orElse(true);
  }
}
