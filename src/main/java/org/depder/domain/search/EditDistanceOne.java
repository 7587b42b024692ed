package org.depder.domain.search;

/**
 * Decides whether two ASCII keys are at most one edit apart, where an edit is an insertion, a
 * deletion, a substitution or a swap of two neighbouring letters (optimal string alignment
 * distance). Linear time and no allocation, because it runs for every fuzzy candidate.
 */
final class EditDistanceOne {

  private EditDistanceOne() {}

  static boolean withinOne(byte[] a, int aFrom, int aLength, byte[] b, int bFrom, int bLength) {
    if (aLength < bLength) {
      return withinOne(b, bFrom, bLength, a, aFrom, aLength);
    }
    if (aLength - bLength > 1) {
      return false;
    }
    int common = 0;
    while (common < bLength && a[aFrom + common] == b[bFrom + common]) {
      common++;
    }
    if (common == bLength) {
      return true;
    }
    if (aLength > bLength) {
      return equal(a, aFrom + common + 1, b, bFrom + common, bLength - common);
    }
    if (equal(a, aFrom + common + 1, b, bFrom + common + 1, bLength - common - 1)) {
      return true;
    }
    return common + 1 < bLength
        && a[aFrom + common] == b[bFrom + common + 1]
        && a[aFrom + common + 1] == b[bFrom + common]
        && equal(a, aFrom + common + 2, b, bFrom + common + 2, bLength - common - 2);
  }

  private static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
    for (int i = 0; i < length; i++) {
      if (a[aFrom + i] != b[bFrom + i]) {
        return false;
      }
    }
    return true;
  }
}
