package org.depder.domain.screening;

import java.util.List;
import java.util.Objects;

/**
 * The status of one ILO dimension for one screening.
 *
 * @param forcedByChildRule positive because of a child rule (D406), whatever the counts say
 */
public record DimensionStatus(
    Dimension dimension,
    boolean positive,
    int strong,
    int medium,
    int weak,
    List<String> yesItems,
    boolean forcedByChildRule) {

  public DimensionStatus {
    Objects.requireNonNull(dimension, "dimension");
    yesItems = List.copyOf(yesItems);
  }
}
