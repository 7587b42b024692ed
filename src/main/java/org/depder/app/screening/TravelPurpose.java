package org.depder.app.screening;

/** The declared purpose of the journey, as the person states it; never judged (DOMAIN 1.8). */
public enum TravelPurpose {
  WORK("screening.journey.purpose.work"),
  STUDY("screening.journey.purpose.study"),
  MARRIAGE("screening.journey.purpose.marriage"),
  FAMILY_VISIT("screening.journey.purpose.family"),
  TOURISM("screening.journey.purpose.tourism"),
  OTHER("screening.journey.purpose.other"),
  NOT_STATED("screening.journey.purpose.notStated");

  private final String key;

  TravelPurpose(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
