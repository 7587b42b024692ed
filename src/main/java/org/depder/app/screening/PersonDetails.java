package org.depder.app.screening;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.domain.screening.PersonAge;

/**
 * Section 3: the minimum about the person. No name, no document number, no ethnicity or religion
 * (DOMAIN 1.8, 3.9); names live only in the protected vault, later.
 *
 * @param ageYears the age in years if stated or estimated
 * @param ageBand a band when no number can be given
 * @param presumedMinor the screener believes the person may be under 18 (presumption of age)
 * @param citizenship ISO 3166-1 alpha-2 code
 */
public record PersonDetails(
    OptionalInt ageYears,
    Optional<AgeBand> ageBand,
    AgeCertainty ageCertainty,
    boolean presumedMinor,
    Sex sex,
    Optional<String> citizenship,
    boolean stateless,
    Accompaniment accompaniedBy) {
  /** Above this an age is a typing error, not a person. */
  public static final int OLDEST_PLAUSIBLE_AGE = 110;

  public PersonDetails {
    Objects.requireNonNull(ageYears, "ageYears");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(ageCertainty, "ageCertainty");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(citizenship, "citizenship");
    Objects.requireNonNull(accompaniedBy, "accompaniedBy");
  }

  public static PersonDetails unknown() {
    return new PersonDetails(
        OptionalInt.empty(),
        Optional.empty(),
        AgeCertainty.ESTIMATED,
        false,
        Sex.UNKNOWN,
        Optional.empty(),
        false,
        Accompaniment.UNKNOWN);
  }

  /**
   * The age as the scorer sees it. A child band counts as a presumption of minority: doubt goes to
   * the child's side (DOMAIN 1.7).
   */
  public PersonAge toPersonAge() {
    boolean childBand = ageBand.map(AgeBand::child).orElse(false);
    return new PersonAge(ageYears, presumedMinor || childBand);
  }
}
