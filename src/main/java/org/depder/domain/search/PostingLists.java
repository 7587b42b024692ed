package org.depder.domain.search;

import java.util.Arrays;

/**
 * For every term, the ordinals of the entries whose name contains it, ascending, all in one int
 * array (compressed sparse rows): 4 bytes per word of each name, no per-list objects.
 */
final class PostingLists {

  private final int[] starts;
  private final int[] entries;

  /**
   * @param termCount number of distinct terms
   * @param entryTerms for each entry (in ordinal order), the ids of its distinct terms
   */
  PostingLists(int termCount, int[][] entryTerms) {
    starts = new int[termCount + 1];
    for (int[] terms : entryTerms) {
      for (int term : terms) {
        starts[term + 1]++;
      }
    }
    for (int term = 0; term < termCount; term++) {
      starts[term + 1] += starts[term];
    }
    entries = new int[starts[termCount]];
    int[] fill = Arrays.copyOf(starts, termCount);
    for (int entry = 0; entry < entryTerms.length; entry++) {
      for (int term : entryTerms[entry]) {
        entries[fill[term]++] = entry;
      }
    }
  }

  /** Raises {@code ranks[entry]} to {@code rank} for every entry containing {@code term}. */
  void raise(int term, byte rank, byte[] ranks) {
    for (int i = starts[term]; i < starts[term + 1]; i++) {
      int entry = entries[i];
      if (ranks[entry] < rank) {
        ranks[entry] = rank;
      }
    }
  }
}
