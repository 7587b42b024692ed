package org.depder.app.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync in the background (issue 6 item 7): every {@link #interval} while the vault is unlocked
 * and automatic sync is on, sooner after a manual request, and backing off (doubling up to {@link
 * #MAX_BACKOFF}) while the server cannot be reached, so a post without a link does not spin. One
 * run at a time: a manual "Sync now" during an automatic run waits for it instead of starting a
 * second. Never touches the UI thread; listeners are told each run's outcome and must hop to the UI
 * thread themselves.
 */
public final class AutoSync implements AutoCloseable {
  static final Duration MAX_BACKOFF = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);

  /** One sync run; throws what went wrong. */
  @FunctionalInterface
  public interface Run {
    SyncReport sync() throws RemoteException;
  }

  /** Whether a run should happen now (vault unlocked, enrolled, automatic sync on). */
  @FunctionalInterface
  public interface Enabled {
    boolean now();
  }

  /** The outcome of one run, for the sync screen. */
  public sealed interface Outcome {
    Instant at();

    record Synced(Instant at, SyncReport report) implements Outcome {}

    record Failed(Instant at, RemoteException error) implements Outcome {}
  }

  private final Run run;
  private final Enabled enabled;
  private final Duration interval;
  private final Clock clock;
  private final Consumer<Outcome> listener;
  private final ReentrantLock running = new ReentrantLock();
  private final ScheduledExecutorService scheduler;
  private Duration backoff;
  private ScheduledFuture<?> next;

  public AutoSync(
      Run run, Enabled enabled, Duration interval, Clock clock, Consumer<Outcome> listener) {
    this.run = Objects.requireNonNull(run, "run");
    this.enabled = Objects.requireNonNull(enabled, "enabled");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.backoff = interval;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "depder-auto-sync");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts the schedule: a first run shortly after unlock, then every interval. */
  public synchronized void start(Duration firstDelay) {
    schedule(firstDelay);
  }

  /** Runs once now, on the calling (background) thread, whatever the schedule or switch says. */
  public Outcome syncNow() {
    running.lock();
    try {
      return runOnce();
    } finally {
      running.unlock();
    }
  }

  private void scheduled() {
    if (!running.tryLock()) {
      schedule(interval);
      return;
    }
    try {
      if (enabled.now()) {
        runOnce();
      }
    } catch (RuntimeException e) {
      LOG.warn("Automatic sync run failed unexpectedly: {}", e.getClass().getSimpleName());
    } finally {
      running.unlock();
    }
    schedule(backoff);
  }

  private Outcome runOnce() {
    Outcome outcome;
    try {
      outcome = new Outcome.Synced(clock.instant(), run.sync());
      backoff = interval;
    } catch (RemoteException e) {
      outcome = new Outcome.Failed(clock.instant(), e);
      backoff =
          e.problem() == RemoteException.Problem.UNREACHABLE
              ? min(backoff.multipliedBy(2), MAX_BACKOFF)
              : interval;
      LOG.info("Sync run failed: {}", e.problem());
    }
    listener.accept(outcome);
    return outcome;
  }

  private synchronized void schedule(Duration delay) {
    if (scheduler.isShutdown()) {
      return;
    }
    if (next != null) {
      next.cancel(false);
    }
    next = scheduler.schedule(this::scheduled, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The delay before the next automatic run; for tests and the status line. */
  synchronized Duration currentBackoff() {
    return backoff;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Stops the schedule (at lock or exit); a run in progress finishes. */
  @Override
  public synchronized void close() {
    if (next != null) {
      next.cancel(false);
    }
    scheduler.shutdown();
  }
}
