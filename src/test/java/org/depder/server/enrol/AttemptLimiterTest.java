package org.depder.server.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.depder.app.vault.MutableClock;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final AttemptLimiter limiter = new AttemptLimiter(2, Duration.ofMinutes(10), clock);

  @Test
  void aSourceIsStoppedAfterTheLimitUntilItsOldestFailureLeavesTheWindow() {
    limiter.recordFailure("a");
    clock.advance(Duration.ofMinutes(4));
    limiter.recordFailure("a");

    assertThat(limiter.allowed("a")).isFalse();
    assertThat(limiter.allowed("b")).isTrue();
    assertThat(limiter.retryAfterSeconds("a")).isEqualTo(6 * 60 + 1);

    clock.advance(Duration.ofMinutes(6));
    assertThat(limiter.allowed("a")).isTrue();
    limiter.recordFailure("a");
    assertThat(limiter.allowed("a")).isFalse();
  }
}
