package org.depder.app.screening;

/** Sex as recorded at a first-line screening (DOMAIN 1.9 section 3). */
public enum Sex {
  FEMALE("screening.sex.female"),
  MALE("screening.sex.male"),
  OTHER("screening.sex.other"),
  UNKNOWN("screening.sex.unknown");

  private final String key;

  Sex(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
