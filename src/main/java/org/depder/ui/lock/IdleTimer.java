package org.depder.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides when the program has been idle long enough to lock. Input anywhere calls {@link
 * #activity()}; a periodic check calls {@link #check()}, which fires the lock once. Plain Java with
 * an injectable clock, so the rule is tested without waiting and without a window.
 */
public final class IdleTimer {
  private final Clock clock;
  private final Runnable onIdle;
  private Duration timeout;
  private Instant lastActivity;
  private boolean armed;

  public IdleTimer(Clock clock, Runnable onIdle) {
    this.clock = clock;
    this.onIdle = onIdle;
  }

  /** Starts counting from now: called when the vault is unlocked. */
  public void arm(Duration idleTimeout) {
    this.timeout = idleTimeout;
    this.lastActivity = clock.instant();
    this.armed = true;
  }

  /** Applies a changed timeout at once, counted from the last activity. */
  public void changeTimeout(Duration idleTimeout) {
    this.timeout = idleTimeout;
  }

  /** Stops counting: the vault is locked, there is nothing left to protect. */
  public void disarm() {
    armed = false;
  }

  public boolean isArmed() {
    return armed;
  }

  public void activity() {
    lastActivity = clock.instant();
  }

  /** Locks (once) when the timeout has passed since the last activity. */
  public void check() {
    if (armed && !clock.instant().isBefore(lastActivity.plus(timeout))) {
      armed = false;
      onIdle.run();
    }
  }
}
