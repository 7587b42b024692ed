package org.depder.app.screening;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Section 7: whether the person was told their rights, and one decision per purpose. A purpose
 * without a decision has not been asked yet; nothing is assumed.
 */
public record ConsentDecisions(
    boolean rightsExplained, Map<ConsentPurpose, ConsentDecision> byPurpose) {
  public ConsentDecisions {
    byPurpose = Map.copyOf(byPurpose);
  }

  public static ConsentDecisions none() {
    return new ConsentDecisions(false, Map.of());
  }

  public Optional<ConsentDecision> decision(ConsentPurpose purpose) {
    return Optional.ofNullable(byPurpose.get(purpose));
  }

  public boolean given(ConsentPurpose purpose) {
    return decision(purpose).orElse(null) == ConsentDecision.GIVEN;
  }

  /**
   * Records a decision. Taking back a consent that was given is kept as {@code WITHDRAWN}, not as a
   * refusal, so the record shows that it was given once.
   */
  public ConsentDecisions decide(ConsentPurpose purpose, ConsentDecision decision) {
    Map<ConsentPurpose, ConsentDecision> copy = new EnumMap<>(ConsentPurpose.class);
    copy.putAll(byPurpose);
    ConsentDecision effective =
        decision == ConsentDecision.REFUSED && given(purpose)
            ? ConsentDecision.WITHDRAWN
            : decision;
    copy.put(purpose, effective);
    return new ConsentDecisions(rightsExplained, copy);
  }

  public ConsentDecisions withRightsExplained(boolean explained) {
    return new ConsentDecisions(explained, byPurpose);
  }
}
