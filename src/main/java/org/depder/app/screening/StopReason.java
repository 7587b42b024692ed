package org.depder.app.screening;

/**
 * Why a screening ended before the indicators. Only the minimum is recorded in these cases: the
 * context, the safety gate and, for a refusal, that consent was refused.
 */
public enum StopReason {
  NOT_SAFE_TO_TALK("screening.stop.notSafe"),
  URGENT_SAFETY("screening.stop.urgent"),
  NO_CONSENT("screening.stop.noConsent");

  private final String key;

  StopReason(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
