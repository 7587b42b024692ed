package org.depder.domain.search;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Candidate filter for fuzzy matching (the SymSpell idea, for one edit): every term is stored under
 * the hashes of itself and of each string obtained by deleting one letter. Two keys within one edit
 * share such a string: a substitution at i leaves both equal after deleting i, an insertion is
 * undone by one deletion, and a swap of neighbours at i leaves both equal after deleting one of the
 * two letters. Candidates are only candidates (hashes collide); callers verify them with {@link
 * EditDistanceOne}.
 *
 * <p>Stored as one sorted {@code long[]} of {@code hash << 32 | term}: 8 bytes per variant, about 9
 * variants per term.
 */
final class DeletionNeighbourhood {

  private final long[] hashAndTerm;

  DeletionNeighbourhood(TermDictionary terms) {
    byte[] letters = terms.letters();
    long[] variants = new long[countVariants(terms)];
    int count = 0;
    for (int term = 0; term < terms.size(); term++) {
      int start = terms.start(term);
      int length = terms.length(term);
      variants[count++] = pack(hashWithout(letters, start, length, -1), term);
      for (int skip = 0; skip < length; skip++) {
        if (skip == 0 || letters[start + skip] != letters[start + skip - 1]) {
          variants[count++] = pack(hashWithout(letters, start, length, skip), term);
        }
      }
    }
    Arrays.sort(variants, 0, count);
    hashAndTerm = Arrays.copyOf(variants, count);
  }

  /**
   * Calls {@code action} with every term that shares a one-deletion variant with {@code key}; a
   * term may be reported more than once.
   */
  void forEachCandidate(byte[] key, IntConsumer action) {
    forEachWithHash(hashWithout(key, 0, key.length, -1), action);
    for (int skip = 0; skip < key.length; skip++) {
      if (skip == 0 || key[skip] != key[skip - 1]) {
        forEachWithHash(hashWithout(key, 0, key.length, skip), action);
      }
    }
  }

  private void forEachWithHash(int hash, IntConsumer action) {
    long first = (long) hash << 32;
    int low = 0;
    int high = hashAndTerm.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (hashAndTerm[middle] < first) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int at = low; at < hashAndTerm.length && (int) (hashAndTerm[at] >> 32) == hash; at++) {
      action.accept((int) hashAndTerm[at]);
    }
  }

  private static int countVariants(TermDictionary terms) {
    byte[] letters = terms.letters();
    int count = 0;
    for (int term = 0; term < terms.size(); term++) {
      int start = terms.start(term);
      count++;
      for (int skip = 0; skip < terms.length(term); skip++) {
        if (skip == 0 || letters[start + skip] != letters[start + skip - 1]) {
          count++;
        }
      }
    }
    return count;
  }

  private static long pack(int hash, int term) {
    return ((long) hash << 32) | term;
  }

  /**
   * FNV-1a over the letters, leaving out the one at {@code skip} (-1: none); the length is mixed
   * in.
   */
  private static int hashWithout(byte[] letters, int start, int length, int skip) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < length; i++) {
      if (i != skip) {
        hash = (hash ^ letters[start + i]) * 0x01000193;
      }
    }
    return hash;
  }
}
