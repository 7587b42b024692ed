package org.depder.domain.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * The weight of an item for one age group. {@code toVerify} carries the "~" of DOMAIN 6.1: the
 * weight could not be checked against the ILO original and must be validated nationally.
 */
public record ItemWeight(Optional<Weight> weight, boolean toVerify) {
  public ItemWeight {
    Objects.requireNonNull(weight, "weight");
  }

  public static ItemWeight none() {
    return new ItemWeight(Optional.empty(), false);
  }

  public static ItemWeight of(Weight weight) {
    return new ItemWeight(Optional.of(weight), false);
  }

  public static ItemWeight toVerify(Weight weight) {
    return new ItemWeight(Optional.of(weight), true);
  }
}
