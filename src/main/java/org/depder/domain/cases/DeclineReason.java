package org.depder.domain.cases;

/** Why a receiving service declined a referral; comes back to the referring worker. */
public enum DeclineReason {
  NO_CAPACITY,
  NOT_ELIGIBLE,
  SERVICE_NOT_OFFERED,
  OUTSIDE_AREA,
  PERSON_NOT_REACHABLE,
  PERSON_DECLINED,
  OTHER
}
