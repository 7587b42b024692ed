package org.depder.domain.cases;

/**
 * How soon a referral must be answered (same values as the screening's). The reply deadline makes
 * an unanswered sent referral show up in the referring worker's tasks; the days are a draft to be
 * agreed with the national coordinator.
 */
public enum Urgency {
  IMMEDIATE(0),
  WITHIN_THREE_DAYS(3),
  ROUTINE(14);

  private final int replyDays;

  Urgency(int replyDays) {
    this.replyDays = replyDays;
  }

  public int replyDays() {
    return replyDays;
  }
}
