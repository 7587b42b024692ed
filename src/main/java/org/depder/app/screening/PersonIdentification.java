package org.depder.app.screening;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who the person is, if they say so, and which person record the screening belongs to. Optional in
 * every part: a screening never needs a name (DOMAIN 1.8). Kept only inside the sealed screening
 * record and the sealed person record; never in a log, an exception or {@link #toString}.
 *
 * @param nameAsGiven the name as the person gives it, in any script, family name first
 * @param birthYear the year of birth, if said
 * @param documentNumber an identity document's number, if shown
 * @param personId the person record this screening is linked to, once the person step is done
 * @param differentPersonConfirmed the screener looked at the people found and said "a different
 *     person": a new person record is created instead of a link
 */
public record PersonIdentification(
    String nameAsGiven,
    OptionalInt birthYear,
    String documentNumber,
    Optional<String> personId,
    boolean differentPersonConfirmed) {
  public PersonIdentification {
    Objects.requireNonNull(nameAsGiven, "nameAsGiven");
    Objects.requireNonNull(birthYear, "birthYear");
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(personId, "personId");
  }

  public static PersonIdentification none() {
    return new PersonIdentification("", OptionalInt.empty(), "", Optional.empty(), false);
  }

  /** Something to look for or to create a person from: a name or a document number. */
  public boolean identifiable() {
    return !nameAsGiven.isBlank() || !documentNumber.isBlank();
  }

  /** The same typed values with the decision about a match cleared: it was about other values. */
  public PersonIdentification typed(String name, OptionalInt year, String document) {
    boolean same =
        name.equals(nameAsGiven) && year.equals(birthYear) && document.equals(documentNumber);
    return same ? this : new PersonIdentification(name, year, document, Optional.empty(), false);
  }

  public PersonIdentification linkedTo(String id) {
    return new PersonIdentification(
        nameAsGiven, birthYear, documentNumber, Optional.of(id), differentPersonConfirmed);
  }

  public PersonIdentification differentPerson() {
    return new PersonIdentification(nameAsGiven, birthYear, documentNumber, Optional.empty(), true);
  }

  /** Never prints the name or the number: drafts end up in assertion messages. */
  @Override
  public String toString() {
    return "PersonIdentification[linked=" + personId.isPresent() + "]";
  }
}
