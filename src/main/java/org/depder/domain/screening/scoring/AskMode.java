package org.depder.domain.screening.scoring;

/** How an applicable item is handled at this screening. */
public enum AskMode {
  /** Asked by the screener. */
  ASK,
  /**
   * Sensitive item and an untrained screener: not asked, but ticked when the person raises it
   * (DOMAIN 6.2). Such a Yes still counts: ignoring a disclosure would lower the result.
   */
  DISCLOSURE_ONLY
}
