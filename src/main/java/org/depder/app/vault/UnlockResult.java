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
   * Too many failures: unlocking is refused for everyone until {@code until} (docs/vault.md 2). No
   * password, not even an administrator's, shortens it: the laptop may be in the wrong hands.
   */
  record LockedOut(Instant until) implements UnlockResult {}

  /**
   * The password was right but an administrator disabled this user. Only given after the right
   * password, so it does not tell a guesser that the name exists.
   */
  record Disabled() implements UnlockResult {}
}
