package org.depder.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * Generates time-ordered UUIDs of version 7 (RFC 9562, section 5.7).
 *
 * <p>Layout: 48-bit Unix time in milliseconds, version {@code 0111}, 12-bit {@code rand_a}, variant
 * {@code 10}, 62-bit {@code rand_b}. {@code rand_a} is used as a counter (RFC 9562 section 6.2,
 * method 1) so ids from one generator are strictly increasing even within one millisecond or when
 * the clock steps back: ids sort in creation order, which keeps SQLite's primary-key B-tree
 * appending instead of splitting pages. The counter starts at a random value below 2048 each new
 * millisecond so its upper half is left for bursts; when it overflows the timestamp is advanced by
 * one millisecond rather than breaking the order.
 */
public final class UuidV7 {
  private static final int COUNTER_MAX = 0xFFF;
  private static final int COUNTER_START_BOUND = 0x800;

  private final Clock clock;
  private final Random random;
  private long lastMillis = -1;
  private int counter;

  /** A generator reading the system clock with a {@link SecureRandom}. */
  public UuidV7() {
    this(Clock.systemUTC(), new SecureRandom());
  }

  /** A generator with an explicit clock and randomness source (tests). */
  public UuidV7(Clock clock, Random random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The next id; strictly greater (as unsigned 128-bit value) than every id returned before. */
  public synchronized UUID next() {
    long now = clock.millis();
    if (now > lastMillis) {
      lastMillis = now;
      counter = random.nextInt(COUNTER_START_BOUND);
    } else if (counter < COUNTER_MAX) {
      counter++;
    } else {
      lastMillis++;
      counter = random.nextInt(COUNTER_START_BOUND);
    }
    long msb = ((lastMillis & 0xFFFF_FFFF_FFFFL) << 16) | (0x7L << 12) | counter;
    long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  /** The Unix time in milliseconds stored in a version 7 UUID. */
  public static long timestampMillis(UUID id) {
    if (id.version() != 7) {
      throw new IllegalArgumentException("not a version 7 UUID");
    }
    return id.getMostSignificantBits() >>> 16;
  }
}
