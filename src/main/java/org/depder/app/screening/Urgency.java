package org.depder.app.screening;

/** How soon the referral must happen. */
public enum Urgency {
  IMMEDIATE("screening.urgency.immediate"),
  WITHIN_THREE_DAYS("screening.urgency.days"),
  ROUTINE("screening.urgency.routine");

  private final String key;

  Urgency(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
