package org.depder.app.screening;

/** Who the person would rather talk to; asked because it is their risk assessment (DOMAIN 1.8). */
public enum InterviewerPreference {
  NO_PREFERENCE("screening.wish.interviewer.none"),
  WOMAN("screening.wish.interviewer.woman"),
  MAN("screening.wish.interviewer.man");

  private final String key;

  InterviewerPreference(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
