package org.depder.domain.screening;

/**
 * Where the screening happens (record structure, DOMAIN 1.9), mapped to the context letter of the
 * indicator table. TRANSIT maps to F because a person passing through Turkmenistan is, by the
 * table's own heading, "in or through TM"; COMMUNITY and HOTLINE share H.
 */
public enum ScreeningContext {
  EXIT(ContextLetter.X),
  ENTRY_RETURNEE(ContextLetter.R),
  ENTRY_FOREIGNER(ContextLetter.F),
  TRANSIT(ContextLetter.F),
  CONSULAR(ContextLetter.K),
  COMMUNITY(ContextLetter.H),
  HOTLINE(ContextLetter.H);

  private final ContextLetter letter;

  ScreeningContext(ContextLetter letter) {
    this.letter = letter;
  }

  public ContextLetter letter() {
    return letter;
  }
}
