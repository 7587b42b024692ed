package org.depder.domain.search;

import java.util.Objects;
import java.util.UUID;

/**
 * One record found by {@link NameIndex#search}.
 *
 * @param recordId the id the record was added with
 * @param weakestMatch the weakest way any query word matched this record; results are ordered by it
 */
public record NameHit(UUID recordId, MatchKind weakestMatch) {
  public NameHit {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(weakestMatch, "weakestMatch");
  }
}
