package org.depder.app.people;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a person is, as far as finding them again needs: names as written (any script), and when
 * known the birth year and an identity document number. Stored only inside sealed records.
 */
public record PersonIdentity(
    String familyName,
    String givenName,
    Optional<String> patronymic,
    OptionalInt birthYear,
    Optional<String> documentNumber) {

  public PersonIdentity {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(patronymic, "patronymic");
    Objects.requireNonNull(birthYear, "birthYear");
    Objects.requireNonNull(documentNumber, "documentNumber");
    if (familyName.isBlank() && givenName.isBlank()) {
      throw new IllegalArgumentException("a person needs a family or a given name");
    }
    if (birthYear.isPresent() && (birthYear.getAsInt() < 1900 || birthYear.getAsInt() > 2100)) {
      throw new IllegalArgumentException("birth year out of range");
    }
  }

  /** Family, given name and patronymic separated by spaces: what the name index folds. */
  public String fullName() {
    return Stream.of(Optional.of(familyName), Optional.of(givenName), patronymic)
        .flatMap(Optional::stream)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining(" "));
  }

  /** Never prints names or numbers: records end up in assertion messages and logs. */
  @Override
  public String toString() {
    return "PersonIdentity[...]";
  }
}
