package org.depder.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.Test;

class IdleTimerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
  private int locks;
  private final IdleTimer timer = new IdleTimer(clock, () -> locks++);

  @Test
  void locksOnceAfterTheTimeoutWithoutActivity() {
    timer.arm(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    timer.check();
    assertThat(locks).isZero();
    clock.advance(Duration.ofSeconds(1));
    timer.check();
    timer.check();
    assertThat(locks).isEqualTo(1);
    assertThat(timer.isArmed()).isFalse();
  }

  @Test
  void activityStartsTheCountAgain() {
    timer.arm(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(4));
    timer.activity();
    clock.advance(Duration.ofMinutes(4));
    timer.check();
    assertThat(locks).isZero();
    clock.advance(Duration.ofMinutes(1));
    timer.check();
    assertThat(locks).isEqualTo(1);
  }

  @Test
  void aChangedTimeoutAppliesFromTheLastActivity() {
    timer.arm(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(2));
    timer.changeTimeout(Duration.ofMinutes(1));
    timer.check();
    assertThat(locks).isEqualTo(1);
  }

  @Test
  void nothingHappensWhileDisarmed() {
    timer.arm(Duration.ofMinutes(1));
    timer.disarm();
    clock.advance(Duration.ofHours(1));
    timer.check();
    assertThat(locks).isZero();
  }
}
