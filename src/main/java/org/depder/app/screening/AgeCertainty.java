package org.depder.app.screening;

/** Whether the recorded age is known (a document, a certain statement) or estimated. */
public enum AgeCertainty {
  ESTIMATED("screening.age.estimated"),
  CERTAIN("screening.age.certain");

  private final String key;

  AgeCertainty(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
