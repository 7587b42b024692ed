package org.depder.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.depder.app.vault.MutableClock;
import org.depder.server.testing.TestDevice;
import org.depder.sync.revision.DeviceId;
import org.junit.jupiter.api.Test;

/** The per-device budgets, driven by a hand-moved clock (no real waiting). */
class DeviceRateLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final DeviceRateLimiter limiter = new DeviceRateLimiter(3, 1_000, clock);
  private final DeviceId laptop = new TestDevice().id();
  private final DeviceId other = new TestDevice().id();

  @Test
  void requestsBeyondTheBudgetWaitAndTheBudgetRefills() {
    limiter.request(laptop);
    limiter.request(laptop);
    limiter.request(laptop);

    assertThatThrownBy(() -> limiter.request(laptop))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(20));
    limiter.request(other);

    clock.advance(Duration.ofSeconds(20));
    limiter.request(laptop);
  }

  @Test
  void bytesAreBudgetedAndOneTransferLargerThanTheBudgetLeavesADebt() {
    limiter.bytes(laptop, 600);
    assertThatThrownBy(() -> limiter.bytes(laptop, 600)).isInstanceOf(RateLimitedException.class);

    clock.advance(Duration.ofMinutes(1));
    limiter.bytes(laptop, 5_000);
    clock.advance(Duration.ofMinutes(1));
    assertThatThrownBy(() -> limiter.bytes(laptop, 1))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isPositive());
  }
}
