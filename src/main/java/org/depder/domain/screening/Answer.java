package org.depder.domain.screening;

/** One answer to an indicator item. Only {@link #YES} ever counts towards a result. */
public enum Answer {
  YES,
  NO,
  UNKNOWN,
  DECLINED;

  /** Unknown and Declined must never count, neither for nor against the person (DOMAIN 6.1). */
  public boolean counts() {
    return this == YES;
  }
}
