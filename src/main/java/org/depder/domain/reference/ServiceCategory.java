package org.depder.domain.reference;

/** The kinds of services in the referral directory (issue 7 item 2). */
public enum ServiceCategory {
  SHELTER,
  HOTLINE,
  MEDICAL,
  PSYCHOLOGICAL,
  LEGAL,
  INTERNATIONAL_ORGANISATION,
  NGO,
  CONSULATE,
  CHILD_PROTECTION,
  SOCIAL_SERVICES
}
