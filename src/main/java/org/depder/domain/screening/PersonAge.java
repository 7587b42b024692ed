package org.depder.domain.screening;

import java.util.OptionalInt;

/**
 * What is known about the person's age. A person is on the child path when under 18 or presumed a
 * minor (UNICEF presumption of age, DOMAIN 1.7): doubt goes to the child's side.
 */
public record PersonAge(OptionalInt years, boolean presumedMinor) {
  public static final int AGE_OF_MAJORITY = 18;

  public static PersonAge adult(int years) {
    return new PersonAge(OptionalInt.of(years), false);
  }

  public static PersonAge unknown() {
    return new PersonAge(OptionalInt.empty(), false);
  }

  public static PersonAge presumedMinorOfUnknownAge() {
    return new PersonAge(OptionalInt.empty(), true);
  }

  public boolean underAge() {
    return years.isPresent() && years.getAsInt() < AGE_OF_MAJORITY;
  }
}
