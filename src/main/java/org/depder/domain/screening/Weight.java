package org.depder.domain.screening;

/** ILO/EC weight of an indicator. */
public enum Weight {
  STRONG,
  MEDIUM,
  WEAK
}
