package org.depder.domain.cases;

/** Where the criminal or civil proceedings stand (DOMAIN 2.1 stage 8). */
public enum ProceedingsStatus {
  NONE,
  REPORTED,
  UNDER_INVESTIGATION,
  IN_COURT,
  CONVICTION,
  ACQUITTAL,
  DISCONTINUED
}
