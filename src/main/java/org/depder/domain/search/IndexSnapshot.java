package org.depder.domain.search;

/**
 * The immutable content of a built {@link NameIndex}: folded terms, their posting lists, the fuzzy
 * candidate filter and the record ids. Never modified after construction except by {@link #wipe},
 * so any number of threads may read it once it has been safely published.
 */
final class IndexSnapshot {

  static final IndexSnapshot EMPTY =
      new IndexSnapshot(new TermDictionary(new String[0]), new int[0][], new RecordIds(0));

  private final TermDictionary terms;
  private final PostingLists postings;
  private final DeletionNeighbourhood neighbourhood;
  private final RecordIds ids;

  IndexSnapshot(TermDictionary terms, int[][] entryTerms, RecordIds ids) {
    this.terms = terms;
    this.postings = new PostingLists(terms.size(), entryTerms);
    this.neighbourhood = new DeletionNeighbourhood(terms);
    this.ids = ids.trimmedCopy();
  }

  int entryCount() {
    return ids.size();
  }

  RecordIds ids() {
    return ids;
  }

  /**
   * For each entry, the rank ({@link MatchKind#rank}) of the best match of {@code word} against any
   * of the entry's terms, 0 if none.
   */
  byte[] ranks(QueryWord word) {
    byte[] ranks = new byte[entryCount()];
    byte[] letters = terms.letters();
    if (word.allowsFuzzy()) {
      byte fuzzy = MatchKind.FUZZY.rank();
      byte[] key = word.whole();
      neighbourhood.forEachCandidate(
          key,
          term -> {
            if (EditDistanceOne.withinOne(
                key, 0, key.length, letters, terms.start(term), terms.length(term))) {
              postings.raise(term, fuzzy, ranks);
            }
          });
    }
    if (word.piece().length >= QueryWord.MIN_PARTIAL_LENGTH) {
      byte substring = MatchKind.SUBSTRING.rank();
      terms.forEachContaining(word.piece(), term -> postings.raise(term, substring, ranks));
    }
    if (word.start().length >= QueryWord.MIN_PARTIAL_LENGTH) {
      byte prefix = MatchKind.PREFIX.rank();
      terms.forEachWithPrefix(word.start(), term -> postings.raise(term, prefix, ranks));
    }
    int exact = terms.find(word.whole());
    if (exact >= 0) {
      postings.raise(exact, MatchKind.EXACT.rank(), ranks);
    }
    return ranks;
  }

  void wipe() {
    terms.wipe();
  }
}
