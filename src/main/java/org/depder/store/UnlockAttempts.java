package org.depder.store;

import java.time.Instant;
import java.util.Optional;

/** The device-wide count of failed unlocks since the last success, and when the last one was. */
public record UnlockAttempts(int failedCount, Optional<Instant> lastFailure) {
  public static final UnlockAttempts NONE = new UnlockAttempts(0, Optional.empty());
}
