package org.depder.app.screening;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Section 4: the journey as the person describes it.
 *
 * @param workedAbroadBefore at EXIT, shows the exploitation blocks only when true (DOMAIN 6.2)
 * @param returnedOn for returnees: the day they came back; cannot be in the future
 */
public record Journey(
    Optional<String> originCountry,
    Optional<String> destinationCountry,
    TravelPurpose purpose,
    TravelArranger arrangedBy,
    OptionalInt monthsAbroad,
    Optional<LocalDate> returnedOn,
    boolean workedAbroadBefore) {
  public Journey {
    Objects.requireNonNull(originCountry, "originCountry");
    Objects.requireNonNull(destinationCountry, "destinationCountry");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(arrangedBy, "arrangedBy");
    Objects.requireNonNull(monthsAbroad, "monthsAbroad");
    Objects.requireNonNull(returnedOn, "returnedOn");
  }

  public static Journey unknown() {
    return new Journey(
        Optional.empty(),
        Optional.empty(),
        TravelPurpose.NOT_STATED,
        TravelArranger.UNKNOWN,
        OptionalInt.empty(),
        Optional.empty(),
        false);
  }
}
