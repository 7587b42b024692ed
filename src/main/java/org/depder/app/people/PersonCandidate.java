package org.depder.app.people;

import java.util.OptionalInt;

/**
 * A person already in the vault who may be the one being screened, with what matched. Only what the
 * screener needs to tell them apart is carried: the name as recorded and the birth year; a matching
 * document is said, its number is not shown.
 */
public record PersonCandidate(
    String personId,
    String name,
    OptionalInt birthYear,
    boolean nameMatched,
    boolean birthYearMatched,
    boolean documentMatched) {

  /** Stronger evidence first: document, then name with birth year, then name alone. */
  int strength() {
    return (documentMatched ? 4 : 0) + (nameMatched ? 2 : 0) + (birthYearMatched ? 1 : 0);
  }

  @Override
  public String toString() {
    return "PersonCandidate[" + personId + "]";
  }
}
