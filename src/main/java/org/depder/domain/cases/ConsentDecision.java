package org.depder.domain.cases;

/** The answer recorded; taking back a given consent is a withdrawal, kept on the record. */
public enum ConsentDecision {
  GIVEN,
  REFUSED
}
