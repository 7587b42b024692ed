package org.depder.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalVaultServiceTest {
  private static final String WORKER_PASSWORD = "Ýaşyl baýdak 1991";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

  private Path file() {
    return dir.resolve("vault.depder");
  }

  private static String reason(Throwable e) {
    return ((VaultException) e).reasonKey();
  }

  @Test
  void createUnlockLockAndRelock() throws Exception {
    LocalVaultService service = TestVaults.service(file(), clock);
    assertThat(service.state()).isEqualTo(VaultState.NONE);
    UserAccount admin = service.create(ADMIN, "Aman Berdiyew", pw(ADMIN_PASSWORD));
    assertThat(admin.role()).isEqualTo(Role.DEVICE_ADMINISTRATOR);
    assertThat(service.state()).isEqualTo(VaultState.UNLOCKED);

    service.lock();
    assertThat(service.state()).isEqualTo(VaultState.LOCKED);
    assertThatThrownBy(service::currentUser)
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.locked"));

    UnlockResult result = service.unlock(" Aman.B ", pw(ADMIN_PASSWORD));
    assertThat(result).isInstanceOf(UnlockResult.Unlocked.class);
    assertThat(((UnlockResult.Unlocked) result).user()).isEqualTo(admin);
    service.lock();
    service.lock();
    assertThat(service.unlock(ADMIN, pw(ADMIN_PASSWORD))).isInstanceOf(UnlockResult.Unlocked.class);
    service.lock();
  }

  @Test
  void passwordsAreWipedAfterUse() throws Exception {
    LocalVaultService service = TestVaults.service(file(), clock);
    char[] password = pw(ADMIN_PASSWORD);
    service.create(ADMIN, "Aman", password);
    assertThat(password).containsOnly('\0');
    service.lock();
    char[] again = pw(ADMIN_PASSWORD);
    service.unlock(ADMIN, again);
    assertThat(again).containsOnly('\0');
    service.lock();
  }

  @Test
  void wrongPasswordAndUnknownNameAreRefusedAlike() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    service.lock();
    UnlockResult wrong = service.unlock(ADMIN, pw("not the password at all"));
    UnlockResult unknown = service.unlock("nobody.here", pw(ADMIN_PASSWORD));
    assertThat(wrong).isEqualTo(new UnlockResult.Refused(9, java.time.Duration.ZERO));
    assertThat(unknown).isEqualTo(new UnlockResult.Refused(8, java.time.Duration.ZERO));
    assertThat(service.state()).isEqualTo(VaultState.LOCKED);
  }

  @Test
  void createRefusesWeakPasswordsAndASecondVault() throws Exception {
    LocalVaultService service = TestVaults.service(file(), clock);
    assertThatThrownBy(() -> service.create(ADMIN, "Aman", pw("parol123")))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.passwordTooWeak"));
    assertThat(service.state()).isEqualTo(VaultState.NONE);
    service.create(ADMIN, "Aman", pw(ADMIN_PASSWORD));
    service.lock();
    assertThatThrownBy(() -> service.create("other", "Other", pw(ADMIN_PASSWORD)))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.alreadyExists"));
  }

  @Test
  void administratorManagesUsersAndRoles() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    UserAccount worker =
        service.addUser("jeren.a", "Jeren Atayewa", Role.SOCIAL_WORKER, pw(WORKER_PASSWORD));
    assertThat(service.users())
        .extracting(UserAccount::loginName)
        .containsExactly(ADMIN, "jeren.a");
    assertThatThrownBy(
            () -> service.addUser("JEREN.A", "Another", Role.SCREENER, pw(WORKER_PASSWORD)))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.loginNameTaken"));

    service.changeRole(worker.id(), Role.COORDINATOR);
    assertThat(service.users().get(1).role()).isEqualTo(Role.COORDINATOR);

    service.lock();
    assertThat(service.unlock("jeren.a", pw(WORKER_PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    assertThat(service.currentUser().role()).isEqualTo(Role.COORDINATOR);
    assertThatThrownBy(service::users)
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.notAllowed"));
    assertThatThrownBy(() -> service.resetPassword(worker.id(), pw("Täze parol 2026!")))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.notAllowed"));
    service.lock();
  }

  @Test
  void lastAdministratorCannotBeRemovedDemotedOrDisabled() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    String self = service.currentUser().id();
    assertThatThrownBy(() -> service.changeRole(self, Role.SCREENER))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.lastAdministrator"));
    assertThatThrownBy(() -> service.removeUser(self))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.notAllowed"));
    assertThatThrownBy(() -> service.setDisabled(self, true))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.notAllowed"));

    UserAccount second =
        service.addUser("maral.o", "Maral Orazowa", Role.DEVICE_ADMINISTRATOR, pw(WORKER_PASSWORD));
    service.changeRole(self, Role.COORDINATOR);
    service.lock();
    service.unlock("maral.o", pw(WORKER_PASSWORD));
    assertThatThrownBy(() -> service.changeRole(second.id(), Role.SCREENER))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.lastAdministrator"));
    service.removeUser(self);
    assertThat(service.users()).extracting(UserAccount::id).containsExactly(second.id());
    service.lock();
    assertThat(service.unlock(ADMIN, pw(ADMIN_PASSWORD))).isInstanceOf(UnlockResult.Refused.class);
  }

  @Test
  void disabledUserIsRefusedOnlyAfterTheRightPassword() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    UserAccount worker = service.addUser("jeren.a", "Jeren", Role.SCREENER, pw(WORKER_PASSWORD));
    service.setDisabled(worker.id(), true);
    service.lock();
    assertThat(service.unlock("jeren.a", pw("wrong password here")))
        .isInstanceOf(UnlockResult.Refused.class);
    assertThat(service.unlock("jeren.a", pw(WORKER_PASSWORD)))
        .isInstanceOf(UnlockResult.Disabled.class);
    assertThat(service.state()).isEqualTo(VaultState.LOCKED);
    service.unlock(ADMIN, pw(ADMIN_PASSWORD));
    service.setDisabled(worker.id(), false);
    service.lock();
    assertThat(service.unlock("jeren.a", pw(WORKER_PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    service.lock();
  }

  @Test
  void administratorResetsAnotherUsersPassword() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    UserAccount worker = service.addUser("jeren.a", "Jeren", Role.SCREENER, pw(WORKER_PASSWORD));
    service.resetPassword(worker.id(), pw("Täze parol 2026!"));
    service.lock();
    assertThat(service.unlock("jeren.a", pw(WORKER_PASSWORD)))
        .isInstanceOf(UnlockResult.Refused.class);
    assertThat(service.unlock("jeren.a", pw("Täze parol 2026!")))
        .isInstanceOf(UnlockResult.Unlocked.class);
    service.lock();
  }

  @Test
  void lockSettingsAreKeptInTheVault() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    assertThat(service.lockSettings()).isEqualTo(LockSettings.DEFAULTS);
    LockSettings changed =
        new LockSettings(java.time.Duration.ofMinutes(2), 5, java.time.Duration.ofMinutes(10));
    service.updateLockSettings(changed);
    service.lock();
    LocalVaultService restarted = TestVaults.service(file(), clock);
    restarted.unlock(ADMIN, pw(ADMIN_PASSWORD));
    assertThat(restarted.lockSettings()).isEqualTo(changed);
    restarted.lock();
  }
}
