package org.depder.domain.screening;

/** Groups of the indicator set (DOMAIN 6.1). D1..D6 are the six ILO/EC dimensions. */
public enum Dimension {
  /** Pre-departure risk (OSCE "potential victim"); not an ILO dimension. */
  P,
  /** The act element of the Palermo definition; carries no weight. */
  ACT,
  D1,
  D2,
  D3,
  D4,
  D5,
  D6,
  /** Screener observations; corroborating only. */
  O;

  /** True for the six ILO/EC dimensions that get a positive/not-positive status. */
  public boolean isIloDimension() {
    return this != P && this != ACT && this != O;
  }
}
