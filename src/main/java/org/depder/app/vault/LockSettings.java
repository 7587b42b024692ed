package org.depder.app.vault;

import java.time.Duration;

/**
 * How the vault protects itself on this laptop; kept inside the vault's plaintext metadata (it says
 * nothing about people). Defaults: lock after 5 idle minutes, lock out after 10 failures.
 */
public record LockSettings(Duration idleTimeout, int maxFailedUnlocks, Duration lockOutFor) {
  public static final LockSettings DEFAULTS =
      new LockSettings(Duration.ofMinutes(5), 10, Duration.ofMinutes(30));

  public LockSettings {
    if (idleTimeout.compareTo(Duration.ofMinutes(1)) < 0
        || idleTimeout.compareTo(Duration.ofHours(8)) > 0) {
      throw new IllegalArgumentException("idle timeout must be between 1 minute and 8 hours");
    }
    if (maxFailedUnlocks < 3 || maxFailedUnlocks > 100) {
      throw new IllegalArgumentException("lock-out count must be between 3 and 100");
    }
    if (lockOutFor.isNegative() || lockOutFor.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("lock-out time must be between 0 and 24 hours");
    }
  }
}
