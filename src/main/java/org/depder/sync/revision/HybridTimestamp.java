package org.depder.sync.revision;

import java.util.Comparator;
import java.util.Objects;

/**
 * A hybrid logical clock reading (Kulkarni et al., 2014): physical milliseconds since the epoch
 * plus a logical counter that orders events within one millisecond or after a clock step back.
 * Totally ordered together with the device id, so two devices never produce equal readings.
 *
 * <p>Wire form (bundle format 1): {@code "<16 hex digits of millis>-<8 hex digits of counter>"},
 * lower case, e.g. {@code "0000019acb1f3a40-00000003"}, which sorts as text in time order.
 */
public record HybridTimestamp(long physicalMillis, int counter)
    implements Comparable<HybridTimestamp> {
  private static final Comparator<HybridTimestamp> ORDER =
      Comparator.comparingLong(HybridTimestamp::physicalMillis)
          .thenComparingInt(HybridTimestamp::counter);

  public HybridTimestamp {
    if (physicalMillis < 0) {
      throw new IllegalArgumentException("negative physical time");
    }
    if (counter < 0) {
      throw new IllegalArgumentException("negative counter");
    }
  }

  public static HybridTimestamp parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != 25 || text.charAt(16) != '-') {
      throw new IllegalArgumentException("not a hybrid timestamp");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i != 16 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new IllegalArgumentException("not a hybrid timestamp");
      }
    }
    return new HybridTimestamp(
        Long.parseUnsignedLong(text.substring(0, 16), 16),
        Integer.parseUnsignedInt(text.substring(17), 16));
  }

  public String wireForm() {
    return String.format("%016x-%08x", physicalMillis, counter);
  }

  @Override
  public int compareTo(HybridTimestamp other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return wireForm();
  }
}
