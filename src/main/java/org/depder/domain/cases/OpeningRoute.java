package org.depder.domain.cases;

/** How a case came to be opened (issue 7 item 1). */
public enum OpeningRoute {
  /** From a finalised screening whose outcome was a risk or above. */
  SCREENING,
  /** Directly by a social worker, e.g. after a walk-in or a hotline call. */
  SOCIAL_WORKER,
  /** Directly by a consular officer abroad. */
  CONSULAR_OFFICER
}
