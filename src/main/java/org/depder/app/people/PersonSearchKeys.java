package org.depder.app.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.depder.app.vault.VaultSession;
import org.depder.domain.search.NameFolding;
import org.depder.store.BlindIndexToken;

/**
 * The normalised values behind a person's blind-index tokens. A document number is upper-cased with
 * everything but letters and digits removed ("ab 12-34" and "AB1234" are one number). A family name
 * is folded across scripts ({@link NameFolding}) and joined with the birth year, so "Ахмедов 1990"
 * and "Ahmedow 1990" give one token; the folding version is part of the value, so new rules make
 * new tokens instead of silently missing old ones.
 */
final class PersonSearchKeys {
  static final String DOCUMENT_INDEX = "person.document";
  static final String FAMILY_YEAR_INDEX = "person.family_year";

  private PersonSearchKeys() {}

  static Optional<byte[]> document(String documentNumber) {
    StringBuilder out = new StringBuilder();
    documentNumber
        .toUpperCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.length() == 0
        ? Optional.empty()
        : Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Optional<byte[]> familyYear(String familyName, int birthYear) {
    List<String> folded = NameFolding.tokens(familyName);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    String value =
        "v" + NameFolding.FOLDING_VERSION + "|" + String.join(" ", folded) + "|" + birthYear;
    return Optional.of(value.getBytes(StandardCharsets.UTF_8));
  }

  static List<BlindIndexToken> tokens(VaultSession session, PersonIdentity person) {
    List<BlindIndexToken> tokens = new ArrayList<>();
    person
        .documentNumber()
        .flatMap(PersonSearchKeys::document)
        .ifPresent(v -> tokens.add(session.blindToken(DOCUMENT_INDEX, v)));
    if (person.birthYear().isPresent()) {
      familyYear(person.familyName(), person.birthYear().getAsInt())
          .ifPresent(v -> tokens.add(session.blindToken(FAMILY_YEAR_INDEX, v)));
    }
    return tokens;
  }
}
