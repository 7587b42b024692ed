package org.depder.domain.screening;

/** What is wrong with a screener judgement. */
public enum JudgementProblem {
  LOWERING_NEEDS_REASON,
  LOWERING_NEEDS_COORDINATOR
}
