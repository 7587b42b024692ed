package org.depder.app.vault;

import java.time.Duration;
import java.time.Instant;

/** The answer to an unlock attempt. Failed attempts never say whether the login name exists. */
public sealed interface UnlockResult {

  /** The vault is open for {@code user}. */
  record Unlocked(UserAccount user) implements UnlockResult {}

  /**
   * Wrong login name or password. {@code attemptsLeft} before lock-out; {@code retryAfter} is the
   * back-off before the next attempt is accepted (zero when none).
   */
  record Refused(int attemptsLeft, Duration retryAfter) implements UnlockResult {}

  /** Too early after a failure: back-off is running (it survives restarts). */
  record TooSoon(Duration retryAfter) implements UnlockResult {}

  /**
   * Too many failures: unlocking is refused until {@code until}, or until a device administrator
   * unlocks (documented in docs/vault.md).
   */
  record LockedOut(Instant until) implements UnlockResult {}

  /** The user exists but was disabled by an administrator. */
  record Disabled() implements UnlockResult {}
}
