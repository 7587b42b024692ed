package org.depder.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back-off and lock-out are stored in the vault file, so a restart (a new service) keeps them. */
class UnlockThrottlingTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

  private Path file() {
    return dir.resolve("vault.depder");
  }

  @Test
  void backOffStartsAfterThreeFailuresAndSurvivesARestart() throws Exception {
    TestVaults.created(file(), clock).lock();
    LocalVaultService service = TestVaults.service(file(), clock);
    for (int i = 1; i <= 3; i++) {
      assertThat(service.unlock(ADMIN, pw("wrong password " + i)))
          .isEqualTo(new UnlockResult.Refused(10 - i, Duration.ZERO));
    }
    assertThat(service.unlock(ADMIN, pw("wrong password 4")))
        .isEqualTo(new UnlockResult.Refused(6, Duration.ofSeconds(2)));

    LocalVaultService restarted = TestVaults.service(file(), clock);
    assertThat(restarted.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isEqualTo(new UnlockResult.TooSoon(Duration.ofSeconds(2)));
    clock.advance(Duration.ofSeconds(1));
    assertThat(restarted.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isEqualTo(new UnlockResult.TooSoon(Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    assertThat(restarted.unlock("someone.else", pw("wrong password 5")))
        .isEqualTo(new UnlockResult.Refused(5, Duration.ofSeconds(4)));
    clock.advance(Duration.ofSeconds(4));
    assertThat(restarted.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    restarted.lock();
    // success reset the count: three free failures again
    assertThat(restarted.unlock(ADMIN, pw("wrong password 6")))
        .isEqualTo(new UnlockResult.Refused(9, Duration.ZERO));
  }

  @Test
  void lockOutAfterTheConfiguredFailuresSurvivesARestart() throws Exception {
    LocalVaultService created = TestVaults.created(file(), clock);
    created.updateLockSettings(new LockSettings(Duration.ofMinutes(5), 4, Duration.ofMinutes(30)));
    created.lock();
    LocalVaultService service = TestVaults.service(file(), clock);
    for (int i = 1; i <= 3; i++) {
      assertThat(service.unlock(ADMIN, pw("wrong password " + i)))
          .isInstanceOf(UnlockResult.Refused.class);
    }
    clock.advance(Duration.ofMinutes(1));
    Instant lockedAt = clock.instant();
    assertThat(service.unlock(ADMIN, pw("wrong password 4")))
        .isEqualTo(new UnlockResult.LockedOut(lockedAt.plus(Duration.ofMinutes(30))));

    LocalVaultService restarted = TestVaults.service(file(), clock);
    clock.advance(Duration.ofMinutes(29));
    assertThat(restarted.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isEqualTo(new UnlockResult.LockedOut(lockedAt.plus(Duration.ofMinutes(30))));
    clock.advance(Duration.ofMinutes(1));
    assertThat(restarted.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    restarted.lock();
  }

  @Test
  void aClockSetBackDoesNotLengthenTheWait() {
    var attempts =
        new org.depder.store.UnlockAttempts(
            4, java.util.Optional.of(Instant.parse("2026-03-01T08:00:00Z")));
    assertThat(
            UnlockThrottle.gate(
                attempts, LockSettings.DEFAULTS, Instant.parse("2026-02-01T08:00:00Z")))
        .contains(new UnlockResult.TooSoon(Duration.ofSeconds(2)));
  }

  @Test
  void backOffDoublesUpToFiveMinutes() {
    assertThat(UnlockThrottle.backOffAfter(3)).isZero();
    assertThat(UnlockThrottle.backOffAfter(4)).isEqualTo(Duration.ofSeconds(2));
    assertThat(UnlockThrottle.backOffAfter(6)).isEqualTo(Duration.ofSeconds(8));
    assertThat(UnlockThrottle.backOffAfter(12)).isEqualTo(Duration.ofMinutes(5));
    assertThat(UnlockThrottle.backOffAfter(99)).isEqualTo(Duration.ofMinutes(5));
  }
}
