package org.depder.domain.screening;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One item of an indicator set.
 *
 * @param adultSexualWeight the weight when the screener records the sexual variant of the item
 *     (D508 "sexual: S~"); empty for every other item
 * @param sensitive asked only by staff trained for it; otherwise recorded from spontaneous
 *     disclosure only (DOMAIN 6.2)
 * @param alwaysChildProtectionReferral a Yes for a child always suggests a child-protection
 *     referral (P08)
 */
public record Indicator(
    String id,
    Dimension dimension,
    ItemWeight adultWeight,
    ItemWeight childWeight,
    Optional<ItemWeight> adultSexualWeight,
    Set<ContextLetter> contexts,
    AgeScope ageScope,
    boolean sensitive,
    boolean alwaysChildProtectionReferral,
    LocalizedText question,
    LocalizedText personText) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(adultWeight, "adultWeight");
    Objects.requireNonNull(childWeight, "childWeight");
    Objects.requireNonNull(adultSexualWeight, "adultSexualWeight");
    contexts = Set.copyOf(contexts);
    Objects.requireNonNull(ageScope, "ageScope");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(personText, "personText");
  }

  /** The weight used for this person, or empty if the item carries none for the age group. */
  public Optional<Weight> weightFor(boolean child, boolean sexualVariant) {
    if (child) {
      return childWeight.weight();
    }
    if (sexualVariant && adultSexualWeight.isPresent()) {
      return adultSexualWeight.get().weight();
    }
    return adultWeight.weight();
  }

  /** True if any weight of the item is marked "~" (to verify). */
  public boolean hasWeightToVerify() {
    return adultWeight.toVerify()
        || childWeight.toVerify()
        || adultSexualWeight.map(ItemWeight::toVerify).orElse(false);
  }
}
