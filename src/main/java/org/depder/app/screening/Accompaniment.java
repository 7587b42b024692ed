package org.depder.app.screening;

/** Who the person travels or arrived with (DOMAIN 1.9 section 3). */
public enum Accompaniment {
  ALONE("screening.accompanied.alone"),
  FAMILY("screening.accompanied.family"),
  NON_RELATIVE("screening.accompanied.nonRelative"),
  GROUP("screening.accompanied.group"),
  UNKNOWN("screening.accompanied.unknown");

  private final String key;

  Accompaniment(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
