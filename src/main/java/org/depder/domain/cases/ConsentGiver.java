package org.depder.domain.cases;

/** Who gave the answer: the person, or for a child the guardian or legal representative. */
public enum ConsentGiver {
  PERSON,
  GUARDIAN
}
