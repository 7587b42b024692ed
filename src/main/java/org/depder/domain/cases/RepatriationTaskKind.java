package org.depder.domain.cases;

/** The consular steps of a return (issue 7 item 4, DOMAIN 2.1 stage 6), in their usual order. */
public enum RepatriationTaskKind {
  TRAVEL_DOCUMENT,
  PRE_RETURN_RISK_ASSESSMENT,
  ESCORT,
  HAND_OVER
}
