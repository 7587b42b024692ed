package org.depder.domain.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned indicator set. Sets are never edited in place: a changed set gets a new version so
 * that old screenings can be re-scored against the set they were taken with.
 *
 * @param intendedRuleSet the rule-set version tag this set was written for
 */
public record IndicatorSet(
    String id,
    String version,
    boolean draft,
    String status,
    String intendedRuleSet,
    List<Indicator> items) {

  public IndicatorSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(intendedRuleSet, "intendedRuleSet");
    items = List.copyOf(items);
  }

  public Optional<Indicator> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  public VersionRef ref() {
    return new VersionRef(id, version);
  }
}
