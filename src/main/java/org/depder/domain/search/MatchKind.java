package org.depder.domain.search;

/** How a query word matched a word of a name, best first; results are ranked in this order. */
public enum MatchKind {
  /** The folded words are equal. */
  EXACT,
  /** The folded query word (3 letters or more) begins the folded name word. */
  PREFIX,
  /** The folded query word (3 letters or more) occurs inside the folded name word. */
  SUBSTRING,
  /**
   * The folded words (query 4 letters or more) differ by one insertion, deletion, substitution or
   * swap of two neighbouring letters.
   */
  FUZZY;

  /** Higher is better; 0 is reserved for "no match" in the index's per-record arrays. */
  byte rank() {
    return (byte) (values().length - ordinal());
  }

  static MatchKind ofRank(int rank) {
    return values()[values().length - rank];
  }
}
