package org.depder.app.screening;

/**
 * How the interview is interpreted. There is deliberately no "companion" option: a person who may
 * control the interviewee must never interpret (DOMAIN 1.8).
 */
public enum InterpreterMode {
  NONE("screening.interpreter.none"),
  PROFESSIONAL("screening.interpreter.professional"),
  PHONE("screening.interpreter.phone");

  private final String key;

  InterpreterMode(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
