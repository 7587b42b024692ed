package org.depder.domain.cases;

/**
 * A service a person needs: the goals of a case plan and the needs in a referral packet (DOMAIN 2.1
 * stages 4, 5 and 7).
 */
public enum ServiceNeed {
  SHELTER,
  MEDICAL,
  PSYCHOLOGICAL,
  LEGAL,
  INTERPRETATION,
  VOCATIONAL_TRAINING,
  INCOME_GENERATION,
  SCHOOLING,
  HOUSING,
  FAMILY_REUNIFICATION,
  CHILD_PROTECTION,
  RETURN_ASSISTANCE
}
