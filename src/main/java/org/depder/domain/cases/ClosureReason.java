package org.depder.domain.cases;

/** How a referral ended. */
public enum ClosureReason {
  COMPLETED,
  DECLINED,
  CANCELLED,
  CONSENT_WITHDRAWN
}
