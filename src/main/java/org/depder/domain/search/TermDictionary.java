package org.depder.domain.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The distinct folded words of all indexed names, sorted, packed into one byte array (keys are
 * ASCII) with an offset table. About 1 byte per letter plus 4 per word, instead of the ~50 bytes of
 * a {@code String} object; the sort order makes exact and prefix lookup a binary search.
 */
final class TermDictionary {

  private final byte[] letters;
  private final int[] starts;

  /**
   * @param sortedTerms distinct folded keys in {@link String#compareTo} order
   */
  TermDictionary(String[] sortedTerms) {
    starts = new int[sortedTerms.length + 1];
    int total = 0;
    for (int i = 0; i < sortedTerms.length; i++) {
      starts[i] = total;
      total += sortedTerms[i].length();
    }
    starts[sortedTerms.length] = total;
    letters = new byte[total];
    for (int i = 0; i < sortedTerms.length; i++) {
      byte[] ascii = sortedTerms[i].getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(ascii, 0, letters, starts[i], ascii.length);
    }
  }

  int size() {
    return starts.length - 1;
  }

  byte[] letters() {
    return letters;
  }

  int start(int term) {
    return starts[term];
  }

  int length(int term) {
    return starts[term + 1] - starts[term];
  }

  String term(int term) {
    return new String(letters, start(term), length(term), StandardCharsets.US_ASCII);
  }

  /** The id of the term equal to {@code key}, or -1. */
  int find(byte[] key) {
    int term = lowerBound(key);
    return term < size() && compare(term, key) == 0 ? term : -1;
  }

  /** Calls {@code action} with every term that begins with {@code prefix}, in sorted order. */
  void forEachWithPrefix(byte[] prefix, IntConsumer action) {
    for (int term = lowerBound(prefix); term < size() && startsWith(term, prefix); term++) {
      action.accept(term);
    }
  }

  /**
   * Calls {@code action} with every term that contains {@code piece}. A scan of the packed letters:
   * at 100k names the dictionary is a few hundred kilobytes, which a scan covers in well under a
   * millisecond, so an n-gram index would cost memory for no visible gain.
   */
  void forEachContaining(byte[] piece, IntConsumer action) {
    for (int term = 0; term < size(); term++) {
      if (contains(term, piece)) {
        action.accept(term);
      }
    }
  }

  /**
   * Overwrites the letters, so the folded names do not linger in memory after the index is cleared.
   */
  void wipe() {
    Arrays.fill(letters, (byte) 0);
  }

  private int lowerBound(byte[] key) {
    int low = 0;
    int high = size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (compare(middle, key) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private int compare(int term, byte[] key) {
    return Arrays.compare(letters, starts[term], starts[term + 1], key, 0, key.length);
  }

  private boolean startsWith(int term, byte[] prefix) {
    return length(term) >= prefix.length
        && Arrays.equals(
            letters, starts[term], starts[term] + prefix.length, prefix, 0, prefix.length);
  }

  private boolean contains(int term, byte[] piece) {
    int from = starts[term];
    int last = starts[term + 1] - piece.length;
    outer:
    for (int at = from; at <= last; at++) {
      for (int i = 0; i < piece.length; i++) {
        if (letters[at + i] != piece[i]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
