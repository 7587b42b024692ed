package org.depder.domain.cases;

/** The status of a case, with the value the HTCDS case data standard uses for it (DOMAIN 4.2). */
public enum CaseStatus {
  ACTIVE("Active"),
  FOLLOW_UP("FollowUp"),
  CLOSED("Closed"),
  CLOSED_REFERRED("ClosedReferred");

  private final String htcds;

  CaseStatus(String htcds) {
    this.htcds = htcds;
  }

  public String htcds() {
    return htcds;
  }

  public boolean closed() {
    return this == CLOSED || this == CLOSED_REFERRED;
  }
}
