package org.depder.domain.screening.scoring;

import java.util.Objects;
import org.depder.domain.screening.Indicator;

/** An item that applies to this screening, and how it is handled. */
public record ApplicableItem(Indicator indicator, AskMode mode) {
  public ApplicableItem {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(mode, "mode");
  }
}
