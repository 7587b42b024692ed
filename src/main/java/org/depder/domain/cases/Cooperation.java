package org.depder.domain.cases;

/**
 * Whether the person chose to cooperate with an investigation. Recorded for the proceedings only:
 * assistance never depends on it (CoE art. 12(6), OSCE NRM), and no other rule reads it.
 */
public enum Cooperation {
  NOT_ASKED,
  UNDECIDED,
  COOPERATING,
  NOT_COOPERATING
}
