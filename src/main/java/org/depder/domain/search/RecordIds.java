package org.depder.domain.search;

import java.util.Arrays;
import java.util.UUID;

/**
 * Record ids by entry ordinal, as two parallel {@code long} arrays: 16 bytes per entry, no objects.
 */
final class RecordIds {

  private long[] mostSignificant;
  private long[] leastSignificant;
  private int size;

  RecordIds(int capacity) {
    mostSignificant = new long[Math.max(capacity, 16)];
    leastSignificant = new long[mostSignificant.length];
  }

  int add(UUID id) {
    if (size == mostSignificant.length) {
      mostSignificant = Arrays.copyOf(mostSignificant, size * 2);
      leastSignificant = Arrays.copyOf(leastSignificant, size * 2);
    }
    mostSignificant[size] = id.getMostSignificantBits();
    leastSignificant[size] = id.getLeastSignificantBits();
    return size++;
  }

  int size() {
    return size;
  }

  UUID get(int entry) {
    return new UUID(mostSignificant[entry], leastSignificant[entry]);
  }

  /** A copy trimmed to the used length, for an immutable snapshot. */
  RecordIds trimmedCopy() {
    RecordIds copy = new RecordIds(0);
    copy.mostSignificant = Arrays.copyOf(mostSignificant, size);
    copy.leastSignificant = Arrays.copyOf(leastSignificant, size);
    copy.size = size;
    return copy;
  }
}
