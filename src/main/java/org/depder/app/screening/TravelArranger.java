package org.depder.app.screening;

/** Who arranged or paid for the travel (DOMAIN 1.9 section 4). */
public enum TravelArranger {
  SELF("screening.journey.arranger.self"),
  FAMILY("screening.journey.arranger.family"),
  EMPLOYER_OR_RECRUITER("screening.journey.arranger.recruiter"),
  OTHER_PERSON("screening.journey.arranger.other"),
  UNKNOWN("screening.journey.arranger.unknown");

  private final String key;

  TravelArranger(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
