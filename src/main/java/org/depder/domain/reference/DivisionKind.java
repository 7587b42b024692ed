package org.depder.domain.reference;

/** Level of a {@link Division}. */
public enum DivisionKind {
  WELAYAT,
  CITY_WITH_WELAYAT_STATUS,
  ETRAP,
  CITY,
  BORDER_POST,
  OFFICE
}
