package org.depder.domain.cases;

/** Sex as recorded (same values as the screening). */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
