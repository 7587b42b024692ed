package org.depder.app.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.depder.store.VaultOpener;

/** Vault services over real files with cheap Argon2id costs (m=256 KiB, t=1), as crypto.md says. */
public final class TestVaults {
  public static final KdfPolicy CHEAP_KDF = new KdfPolicy(256, 1, 1);
  public static final String ADMIN = "aman.b";
  public static final String ADMIN_NAME = "Aman Berdiyew";
  public static final String ADMIN_PASSWORD = "Gök-asman 7 derýa";

  private TestVaults() {}

  public static LocalVaultService service(Path file, Clock clock) {
    return service(file, clock, SealingLimits.DEFAULTS);
  }

  public static LocalVaultService service(Path file, Clock clock, SealingLimits limits) {
    createTempDir();
    return new LocalVaultService(
        file, new VaultOpener(), CHEAP_KDF, limits, clock, new SecureRandom());
  }

  /** A new vault at {@code file}, unlocked by its first administrator. */
  public static LocalVaultService created(Path file, Clock clock) throws VaultException {
    LocalVaultService service = service(file, clock);
    service.create(ADMIN, ADMIN_NAME, ADMIN_PASSWORD.toCharArray());
    return service;
  }

  /** The password of the users {@link #createdAs} adds. */
  public static final String WORKER_PASSWORD = "Ak-bugdaý 9 ýol";

  /** Login name of the user of {@code role} that {@link #createdAs} adds. */
  public static String login(Role role) {
    return "user." + role.code();
  }

  /** Display name of the user of {@code role} that {@link #createdAs} adds. */
  public static String displayName(Role role) {
    return "Test " + role.code();
  }

  /**
   * A new vault at {@code file} with a user of {@code role} added by the administrator, and
   * unlocked by that user: for tests of what a role may do.
   */
  public static LocalVaultService createdAs(Path file, Clock clock, Role role)
      throws VaultException {
    LocalVaultService service = created(file, clock);
    if (role == Role.DEVICE_ADMINISTRATOR) {
      return service;
    }
    addAndUnlock(service, role);
    return service;
  }

  /**
   * Adds a user of {@code role} (as the administrator, who must be signed in) and unlocks as them.
   */
  public static UserAccount addAndUnlock(LocalVaultService service, Role role)
      throws VaultException {
    service.addUser(login(role), displayName(role), role, pw(WORKER_PASSWORD));
    return unlockAs(service, role);
  }

  /** Locks and unlocks as the user of {@code role} added by {@link #addAndUnlock}. */
  public static UserAccount unlockAs(LocalVaultService service, Role role) throws VaultException {
    String login = role == Role.DEVICE_ADMINISTRATOR ? ADMIN : login(role);
    String password = role == Role.DEVICE_ADMINISTRATOR ? ADMIN_PASSWORD : WORKER_PASSWORD;
    if (service.unlock(login, pw(password)) instanceof UnlockResult.Unlocked u) {
      return u.user();
    }
    throw new IllegalStateException("test user did not unlock");
  }

  public static char[] pw(String password) {
    return password.toCharArray();
  }

  /** sqlite-jdbc unpacks its native library into java.io.tmpdir, which surefire does not create. */
  private static void createTempDir() {
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
