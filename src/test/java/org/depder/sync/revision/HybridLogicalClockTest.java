package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {
  private static final long T = 1_750_000_000_000L;
  private static final Duration DRIFT = Duration.ofHours(24);

  private final MutableTestClock wall = new MutableTestClock(T);
  private final HybridLogicalClock clock = new HybridLogicalClock(wall, DRIFT);

  @Test
  void readingsFollowTheWallClockWhenItMovesForward() {
    assertThat(clock.now()).isEqualTo(new HybridTimestamp(T, 0));
    wall.advance(5);
    assertThat(clock.now()).isEqualTo(new HybridTimestamp(T + 5, 0));
  }

  @Test
  void readingsWithinOneMillisecondCountUp() {
    assertThat(List.of(clock.now(), clock.now(), clock.now()))
        .containsExactly(
            new HybridTimestamp(T, 0), new HybridTimestamp(T, 1), new HybridTimestamp(T, 2));
  }

  @Test
  void aWallClockSteppingBackNeverMakesReadingsGoBack() {
    HybridTimestamp before = clock.now();
    wall.set(T - 60_000);
    assertThat(clock.now()).isEqualTo(new HybridTimestamp(T, 1)).isGreaterThan(before);
  }

  @Test
  void aRemoteReadingAheadWithinTheDriftIsAdoptedSoLaterEventsSortAfterIt() {
    clock.now();
    HybridTimestamp remote = new HybridTimestamp(T + 3_600_000, 7);

    HybridTimestamp observed = clock.observe(remote);

    assertThat(observed).isEqualTo(new HybridTimestamp(T + 3_600_000, 8));
    assertThat(clock.now()).isGreaterThan(observed);
    assertThat(clock.refusedObservations()).isZero();
  }

  @Test
  void aRemoteReadingBehindStillMovesTheClockForward() {
    HybridTimestamp local = clock.now();
    HybridTimestamp observed = clock.observe(new HybridTimestamp(T - 1000, 99));
    assertThat(observed).isEqualTo(new HybridTimestamp(T, 1)).isGreaterThan(local);
  }

  @Test
  void equalPhysicalTimesTakeTheGreaterCounterPlusOne() {
    clock.now();
    assertThat(clock.observe(new HybridTimestamp(T, 40))).isEqualTo(new HybridTimestamp(T, 41));
  }

  @Test
  void aRemoteClockFarInTheFutureDoesNotPoisonLocalTime() {
    HybridTimestamp bad = new HybridTimestamp(T + DRIFT.toMillis() + 1, 0);
    assertThat(clock.isTooFarAhead(bad)).isTrue();

    HybridTimestamp observed = clock.observe(bad);

    assertThat(observed).isEqualTo(new HybridTimestamp(T, 0));
    assertThat(clock.now()).isLessThan(bad);
    assertThat(clock.refusedObservations()).isEqualTo(1);
    wall.advance(10);
    assertThat(clock.now()).isEqualTo(new HybridTimestamp(T + 10, 0));
  }

  @Test
  void aRemoteReadingExactlyAtTheDriftLimitIsAdopted() {
    HybridTimestamp edge = new HybridTimestamp(T + DRIFT.toMillis(), 0);
    assertThat(clock.isTooFarAhead(edge)).isFalse();
    assertThat(clock.observe(edge)).isEqualTo(new HybridTimestamp(T + DRIFT.toMillis(), 1));
  }

  @Test
  void aResumedClockStaysAboveItsLastReadingEvenIfTheWallClockWasSetBack() {
    HybridTimestamp persisted = new HybridTimestamp(T + 1000, 3);
    HybridLogicalClock resumed = new HybridLogicalClock(wall, DRIFT, persisted);
    assertThat(resumed.now()).isEqualTo(new HybridTimestamp(T + 1000, 4));
    assertThat(resumed.lastIssued()).isEqualTo(new HybridTimestamp(T + 1000, 4));
  }

  @Test
  void aFullCounterBorrowsTheNextMillisecondInsteadOfWrapping() {
    HybridLogicalClock full =
        new HybridLogicalClock(wall, DRIFT, new HybridTimestamp(T, Integer.MAX_VALUE));
    assertThat(full.now()).isEqualTo(new HybridTimestamp(T + 1, 0));
  }

  @Test
  void aNegativeDriftIsRefused() {
    assertThatThrownBy(() -> new HybridLogicalClock(wall, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Steps: 0 local event, 1 observe a reading near the wall clock, 2 move the wall clock. */
  @Property(tries = 300)
  void readingsAreStrictlyIncreasingWhateverHappens(@ForAll("steps") List<int[]> steps) {
    MutableTestClock wall = new MutableTestClock(T);
    HybridLogicalClock clock = new HybridLogicalClock(wall, Duration.ofMinutes(1));
    HybridTimestamp last = new HybridTimestamp(0, 0);
    for (int[] step : steps) {
      switch (step[0]) {
        case 0 -> last = assertIncreasing(last, clock.now());
        case 1 -> {
          HybridTimestamp remote = new HybridTimestamp(wall.millis() + step[1] * 1000L, step[2]);
          HybridTimestamp reading = assertIncreasing(last, clock.observe(remote));
          if (!clock.isTooFarAhead(remote)) {
            assertThat(reading).isGreaterThan(remote);
          }
          last = reading;
        }
        default -> wall.set(Math.max(0, wall.millis() + step[1] * 1000L));
      }
    }
  }

  private static HybridTimestamp assertIncreasing(HybridTimestamp last, HybridTimestamp next) {
    assertThat(next).isGreaterThan(last);
    return next;
  }

  @Provide
  Arbitrary<List<int[]>> steps() {
    Arbitrary<int[]> step =
        Arbitraries.integers()
            .between(0, 2)
            .flatMap(
                kind ->
                    Arbitraries.integers()
                        .between(-120, 120)
                        .flatMap(
                            seconds ->
                                Arbitraries.integers()
                                    .between(0, 5)
                                    .map(counter -> new int[] {kind, seconds, counter})));
    return step.list().ofMaxSize(40);
  }
}
