package org.depder.domain.cases;

/** Why the consent gate refused to let a referral (or any sharing) go out. */
public enum GateRefusal {
  /** No consent to this purpose and service has been recorded. */
  NO_CONSENT,
  /** The latest answer for this purpose and service is a refusal. */
  CONSENT_REFUSED,
  /** It was given and has been withdrawn. */
  CONSENT_WITHDRAWN,
  /** A child: neither the guardian's consent nor a best-interests decision is recorded. */
  CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS,
  /** The case is closed. */
  CASE_CLOSED
}
