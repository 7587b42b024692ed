package org.depder.app.screening;

/**
 * One decision for one purpose. Consent is revocable: a given consent can become {@link
 * #WITHDRAWN}, which is kept as such rather than erased, so that later readers know it was once
 * given and then taken back.
 */
public enum ConsentDecision {
  GIVEN("screening.consent.given"),
  REFUSED("screening.consent.refused"),
  WITHDRAWN("screening.consent.withdrawn");

  private final String key;

  ConsentDecision(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
