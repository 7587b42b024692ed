package org.depder.domain.screening;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of the decision logic (DOMAIN 6.3), loaded from data and versioned.
 *
 * @param positiveCombinations a dimension is positive if any combination is met
 * @param mediumItemsForPossible medium Yes items (across D dimensions) that make POSSIBLE
 * @param observationsForPossible observation Yes items that, with any other Yes, make POSSIBLE
 * @param actItem the item holding the act element (ACT01)
 * @param childExploitationItems items whose Yes is child exploitation (D406, D407, D509)
 * @param childAlwaysPositiveItems items that make D4 positive for a child by themselves (D406)
 * @param childProtectionItems items that suggest a child-protection referral (P06, P07, P08)
 */
public record RuleSet(
    VersionRef ref,
    boolean draft,
    String status,
    VersionRef indicatorSet,
    List<Combination> positiveCombinations,
    int mediumItemsForPossible,
    int observationsForPossible,
    String actItem,
    Set<String> childExploitationItems,
    Set<String> childAlwaysPositiveItems,
    Set<String> childProtectionItems) {

  public RuleSet {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(indicatorSet, "indicatorSet");
    positiveCombinations = List.copyOf(positiveCombinations);
    if (positiveCombinations.isEmpty()) {
      throw new IllegalArgumentException("a rule set needs at least one combination");
    }
    if (mediumItemsForPossible < 1 || observationsForPossible < 1) {
      throw new IllegalArgumentException("thresholds must be at least 1");
    }
    Objects.requireNonNull(actItem, "actItem");
    childExploitationItems = Set.copyOf(childExploitationItems);
    childAlwaysPositiveItems = Set.copyOf(childAlwaysPositiveItems);
    childProtectionItems = Set.copyOf(childProtectionItems);
  }

  /** The version tag recorded in every result, e.g. {@code tm-draft-2025.1}. */
  public String versionTag() {
    return ref.tag();
  }
}
