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
