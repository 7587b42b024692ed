package org.depder.domain.screening.scoring;

import java.util.Optional;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.Weight;

/** A counted Yes: an applicable item answered Yes, with the weight that applies to this person. */
record WeightedYes(String itemId, Dimension dimension, Optional<Weight> weight) {
  boolean is(Weight w) {
    return weight.map(x -> x == w).orElse(false);
  }
}
