package org.depder.app.screening;

/** Something in a draft that must be put right before going on; each has its message key. */
public enum DraftProblem {
  GATE_UNANSWERED("screening.problem.gateUnanswered"),
  CONSENT_UNANSWERED("screening.problem.consentUnanswered"),
  AGE_IMPOSSIBLE("screening.problem.ageImpossible"),
  AGE_CONTRADICTS_BAND("screening.problem.ageContradictsBand"),
  AGE_MINOR_BUT_CERTAIN_ADULT("screening.problem.minorButAdult"),
  STATELESS_WITH_CITIZENSHIP("screening.problem.statelessWithCitizenship"),
  RETURN_DATE_IN_FUTURE("screening.problem.returnInFuture"),
  MONTHS_ABROAD_IMPOSSIBLE("screening.problem.monthsImpossible"),
  INDICATORS_UNANSWERED("screening.problem.indicatorsUnanswered"),
  LOWERING_NEEDS_REASON("screening.problem.loweringReason"),
  LOWERING_NEEDS_COORDINATOR("screening.problem.loweringCoordinator"),
  FOLLOW_UP_IN_PAST("screening.problem.followUpInPast"),
  BIRTH_YEAR_IMPOSSIBLE("screening.problem.birthYearImpossible"),
  BIRTH_YEAR_CONTRADICTS_AGE("screening.problem.birthYearContradictsAge");

  private final String key;

  DraftProblem(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
