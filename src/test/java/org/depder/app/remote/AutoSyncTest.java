package org.depder.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AutoSyncTest {
  private final AtomicReference<RemoteException.Problem> failWith = new AtomicReference<>();
  private final List<AutoSync.Outcome> outcomes = new ArrayList<>();

  private SyncReport run() throws RemoteException {
    RemoteException.Problem problem = failWith.get();
    if (problem != null) {
      throw new RemoteException(problem);
    }
    return new SyncReport(1, 2, 0, 0, false);
  }

  @Test
  void anUnreachableServerIsTriedLessOftenUntilItAnswersAgain() {
    try (AutoSync sync =
        new AutoSync(
            this::run, () -> true, Duration.ofMinutes(5), Clock.systemUTC(), outcomes::add)) {
      failWith.set(RemoteException.Problem.UNREACHABLE);
      sync.syncNow();
      assertThat(sync.currentBackoff()).isEqualTo(Duration.ofMinutes(10));
      for (int i = 0; i < 10; i++) {
        sync.syncNow();
      }
      assertThat(sync.currentBackoff()).isEqualTo(AutoSync.MAX_BACKOFF);

      failWith.set(RemoteException.Problem.CLOCK_WRONG);
      sync.syncNow();
      assertThat(sync.currentBackoff()).isEqualTo(Duration.ofMinutes(5));

      failWith.set(null);
      AutoSync.Outcome last = sync.syncNow();
      assertThat(last).isInstanceOf(AutoSync.Outcome.Synced.class);
      assertThat(((AutoSync.Outcome.Synced) last).report().received()).isEqualTo(2);
      assertThat(outcomes).hasSize(13);
    }
  }

  @Test
  void theScheduleRunsOnlyWhenEnabledAndStopsWhenClosed() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    AutoSync sync =
        new AutoSync(
            () -> {
              ran.countDown();
              return new SyncReport(0, 0, 0, 0, false);
            },
            () -> true,
            Duration.ofMillis(50),
            Clock.systemUTC(),
            o -> {});
    sync.start(Duration.ZERO);
    assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
    sync.close();

    List<AutoSync.Outcome> none = new ArrayList<>();
    try (AutoSync disabled =
        new AutoSync(this::run, () -> false, Duration.ofMillis(10), Clock.systemUTC(), none::add)) {
      disabled.start(Duration.ZERO);
      Thread.sleep(200);
      assertThat(none).isEmpty();
    }
  }
}
