package org.depder.domain.reference;

import java.util.Objects;
import org.depder.domain.screening.LocalizedText;

/** A country of ISO 3166-1 with its names in the three languages. */
public record Country(String alpha2, String alpha3, LocalizedText name) {
  public Country {
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(name, "name");
  }
}
