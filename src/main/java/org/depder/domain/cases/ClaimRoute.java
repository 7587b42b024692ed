package org.depder.domain.cases;

/** The route of a compensation claim; the Turkmen mechanism is still to verify (DOMAIN 2.1 9). */
public enum ClaimRoute {
  CIVIL_CLAIM_IN_CRIMINAL_CASE,
  CIVIL_LAWSUIT,
  STATE_SCHEME,
  OTHER
}
