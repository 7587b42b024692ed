package org.depder.domain.cases;

/**
 * The stages of the National Referral Mechanism a case passes through (DOMAIN 2.1, OSCE NRM and
 * TRM-EU). The order is the usual path, not a rule: a case may skip return (a person who stays) or
 * go back to assistance after return, so stages are recorded, not enforced in sequence.
 */
public enum Stage {
  IDENTIFICATION,
  FORMAL_IDENTIFICATION,
  RECOVERY_AND_REFLECTION,
  ASSISTANCE_AND_PROTECTION,
  RETURN,
  REINTEGRATION,
  PROCEEDINGS,
  COMPENSATION,
  CLOSURE
}
