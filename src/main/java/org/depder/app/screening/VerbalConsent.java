package org.depder.app.screening;

/** The person's answer to "may I ask you some questions?" (DOMAIN 1.9 section 2). */
public enum VerbalConsent {
  NOT_ASKED,
  GIVEN,
  REFUSED
}
