package org.depder.server.enrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed enrolment attempts per source address: after {@code maxFailures} failures within
 * {@code window}, the source is refused until the oldest failure leaves the window, before its code
 * is even looked at. With 100-bit codes this is a courtesy against noise, not what keeps the codes
 * safe, so the counters live in memory on each node (docs/deployment.md).
 */
public final class AttemptLimiter {
  private static final int MAX_SOURCES = 100_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public AttemptLimiter(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("limit and window must be positive");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** True if {@code source} may try now. */
  public boolean allowed(String source) {
    Deque<Instant> recent = failures.get(source);
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      prune(recent, clock.instant());
      return recent.size() < maxFailures;
    }
  }

  /** Seconds until {@code source} may try again (at least 1). */
  public long retryAfterSeconds(String source) {
    Deque<Instant> recent = failures.get(source);
    if (recent == null) {
      return 1;
    }
    synchronized (recent) {
      Instant oldest = recent.peekFirst();
      if (oldest == null) {
        return 1;
      }
      long seconds = Duration.between(clock.instant(), oldest.plus(window)).toSeconds();
      return Math.max(1, seconds + 1);
    }
  }

  public void recordFailure(String source) {
    if (failures.size() >= MAX_SOURCES) {
      Instant now = clock.instant();
      failures.values().removeIf(d -> isStale(d, now));
    }
    Deque<Instant> recent = failures.computeIfAbsent(source, s -> new ArrayDeque<>());
    synchronized (recent) {
      Instant now = clock.instant();
      prune(recent, now);
      recent.addLast(now);
    }
  }

  private boolean isStale(Deque<Instant> recent, Instant now) {
    synchronized (recent) {
      prune(recent, now);
      return recent.isEmpty();
    }
  }

  private void prune(Deque<Instant> recent, Instant now) {
    Instant cutoff = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.removeFirst();
    }
  }
}
