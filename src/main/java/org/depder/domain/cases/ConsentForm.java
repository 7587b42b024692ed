package org.depder.domain.cases;

/** How the consent was given (DOMAIN 2.3). */
public enum ConsentForm {
  ORAL_WITNESSED,
  SIGNED,
  THUMBPRINT
}
