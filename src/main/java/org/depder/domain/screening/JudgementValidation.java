package org.depder.domain.screening;

import java.util.List;

/** Result of checking a {@link ScreenerJudgement}. */
public sealed interface JudgementValidation {

  record Accepted() implements JudgementValidation {}

  record Rejected(List<JudgementProblem> problems) implements JudgementValidation {
    public Rejected {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one problem");
      }
    }
  }

  default boolean accepted() {
    return this instanceof Accepted;
  }
}
