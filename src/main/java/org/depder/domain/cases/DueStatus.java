package org.depder.domain.cases;

/** Where a dated item stands on a given day. */
public enum DueStatus {
  UPCOMING,
  DUE_TODAY,
  OVERDUE,
  DONE;

  /** For an open item due on {@code due}, seen on {@code today}. */
  public static DueStatus of(java.time.LocalDate due, java.time.LocalDate today) {
    int c = due.compareTo(today);
    return c > 0 ? UPCOMING : c == 0 ? DUE_TODAY : OVERDUE;
  }
}
