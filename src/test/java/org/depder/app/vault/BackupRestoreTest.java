package org.depder.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

  private Path file() {
    return dir.resolve("vault.depder");
  }

  private static String save(LocalVaultService service) throws VaultException {
    String id = UUID.randomUUID().toString();
    service
        .session()
        .records()
        .save(
            new RecordEnvelope(
                id,
                "note",
                1,
                1,
                SyncState.PENDING,
                "1",
                "x".getBytes(StandardCharsets.UTF_8),
                List.of()));
    return id;
  }

  private static String reason(Throwable e) {
    return ((VaultException) e).reasonKey();
  }

  @Test
  void restoreBringsBackTheVaultAsItWasBackedUp() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    String kept = save(service);
    Path backup = dir.resolve("usb").resolve("backup.depder");
    Files.createDirectories(backup.getParent());
    service.backupTo(backup);
    assertThatThrownBy(() -> service.backupTo(backup))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.io"));
    String later = save(service);
    assertThatThrownBy(() -> service.restoreFrom(backup))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.notAllowed"));
    service.lock();

    service.restoreFrom(backup);
    assertThat(service.unlock(ADMIN, pw(ADMIN_PASSWORD))).isInstanceOf(UnlockResult.Unlocked.class);
    assertThat(service.session().records().find(kept)).isPresent();
    assertThat(service.session().records().find(later)).isEmpty();
    service.lock();
  }

  @Test
  void restoreOnFirstRunNeedsNoVault() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    Path backup = dir.resolve("backup.depder");
    service.backupTo(backup);
    service.lock();
    Path fresh = dir.resolve("other").resolve("vault.depder");
    Files.createDirectories(fresh.getParent());
    LocalVaultService newLaptop = TestVaults.service(fresh, clock);
    assertThat(newLaptop.state()).isEqualTo(VaultState.NONE);
    newLaptop.restoreFrom(backup);
    assertThat(newLaptop.state()).isEqualTo(VaultState.LOCKED);
    assertThat(newLaptop.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    newLaptop.lock();
  }

  @Test
  void anInvalidBackupChangesNothing() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    String kept = save(service);
    service.lock();
    byte[] before = Files.readAllBytes(file());
    Path bogus = dir.resolve("bogus.depder");
    Files.writeString(bogus, "not a backup");
    assertThatThrownBy(() -> service.restoreFrom(bogus))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.backupInvalid"));
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
    service.unlock(ADMIN, pw(ADMIN_PASSWORD));
    assertThat(service.session().records().find(kept)).isPresent();
    service.lock();
  }

  @Test
  void onlyAnAdministratorBacksUp() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    service.addUser("jeren.a", "Jeren", Role.SCREENER, pw("Ýaşyl baýdak 1991"));
    service.lock();
    service.unlock("jeren.a", pw("Ýaşyl baýdak 1991"));
    assertThatThrownBy(() -> service.backupTo(dir.resolve("b.depder")))
        .satisfies(e -> assertThat(reason(e)).isEqualTo("vault.error.notAllowed"));
    service.lock();
  }
}
