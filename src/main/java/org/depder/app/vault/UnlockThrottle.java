package org.depder.app.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.depder.store.UnlockAttempts;

/**
 * The failed-unlock policy: the first {@value #FREE_FAILURES} failures cost nothing; after that
 * each attempt waits 2, 4, 8 ... seconds after the previous failure, at most 5 minutes; at {@link
 * LockSettings#maxFailedUnlocks()} failures unlocking is refused for {@link
 * LockSettings#lockOutFor()}. After a lock-out the count is not reset: the next failure locks out
 * again. Only a successful unlock resets it.
 */
final class UnlockThrottle {
  static final int FREE_FAILURES = 3;
  static final Duration MAX_BACK_OFF = Duration.ofMinutes(5);

  private UnlockThrottle() {}

  static Duration backOffAfter(int failures) {
    if (failures <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    int exponent = Math.min(failures - FREE_FAILURES, 30);
    Duration delay = Duration.ofSeconds(1L << exponent);
    return delay.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : delay;
  }

  /** The answer to give without trying the password, if any. */
  static Optional<UnlockResult> gate(UnlockAttempts attempts, LockSettings settings, Instant now) {
    if (attempts.lastFailure().isEmpty()) {
      return Optional.empty();
    }
    // A clock set back must not turn a short wait into a long one: time since is at least zero.
    Instant last = attempts.lastFailure().get();
    Duration since = now.isBefore(last) ? Duration.ZERO : Duration.between(last, now);
    if (attempts.failedCount() >= settings.maxFailedUnlocks()
        && since.compareTo(settings.lockOutFor()) < 0) {
      return Optional.of(new UnlockResult.LockedOut(now.plus(settings.lockOutFor().minus(since))));
    }
    Duration wait = backOffAfter(attempts.failedCount());
    if (since.compareTo(wait) < 0) {
      return Optional.of(new UnlockResult.TooSoon(wait.minus(since)));
    }
    return Optional.empty();
  }

  /** The answer after a failure has been recorded. */
  static UnlockResult refused(UnlockAttempts after, LockSettings settings, Instant now) {
    if (after.failedCount() >= settings.maxFailedUnlocks() && !settings.lockOutFor().isZero()) {
      return new UnlockResult.LockedOut(now.plus(settings.lockOutFor()));
    }
    int left = Math.max(0, settings.maxFailedUnlocks() - after.failedCount());
    return new UnlockResult.Refused(left, backOffAfter(after.failedCount()));
  }
}
