package org.depder.domain.screening;

/**
 * Suggested outcome of a screening, declared in order of severity (ordinal = severity). There is
 * deliberately no "not a victim": the mildest outcome says only that this screening found no
 * indicators (DOMAIN 0, 6.3 rule 8).
 */
public enum Outcome {
  NO_INDICATORS_THIS_SCREENING,
  RISK_POTENTIAL,
  POSSIBLE_REFER_SECOND_LINE,
  PRESUMED_VICTIM_REFER_NRM,
  URGENT_SAFETY;

  public boolean isMoreSevereThan(Outcome other) {
    return compareTo(other) > 0;
  }

  public static Outcome max(Outcome a, Outcome b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
