package org.depder.domain.cases;

/** Where a compensation claim stands. */
public enum ClaimStatus {
  PREPARING,
  FILED,
  AWARDED,
  PARTLY_AWARDED,
  REJECTED,
  PAID,
  WITHDRAWN
}
