package org.depder.domain.reference;

import java.util.Objects;
import java.util.Optional;
import org.depder.domain.screening.LocalizedText;

/**
 * A hotline for the card handed to a person. {@code verify} stays true until the number has been
 * re-checked; the UI must not print unverified numbers without saying so.
 */
public record Hotline(
    String id,
    String phone,
    LocalizedText city,
    LocalizedText operator,
    Optional<String> hours,
    boolean verify) {
  public Hotline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(hours, "hours");
  }
}
