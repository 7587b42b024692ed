package org.depder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a vault with a backup. The backup passes the same read-only checks as any vault before
 * anything is touched; it is then copied beside the vault, made durable and renamed over it, so a
 * crash leaves either the old vault or the restored one.
 */
public final class VaultRestorer {
  private final VaultOpener opener;
  private final VaultValidator validator;

  public VaultRestorer(VaultOpener opener, VaultValidator validator) {
    this.opener = opener;
    this.validator = validator;
  }

  /**
   * Restores {@code backup} as the vault at {@code vault}, then opens it. The vault must not be
   * open; if it is, the exclusive lock makes this fail with {@link VaultLockedException}.
   *
   * @throws VaultOpenException if the backup is refused (the existing vault is then untouched)
   */
  public VaultDatabase restore(Path backup, Path vault) throws IOException, VaultOpenException {
    validator.validate(backup);
    Path target = vault.toAbsolutePath();
    Path staging = VaultValidator.sibling(target, ".restoring");
    DurableFiles.deleteWithSidecars(staging);
    try {
      Files.copy(backup, staging, StandardCopyOption.COPY_ATTRIBUTES);
      DurableFiles.fsync(staging);
      // Re-check the copy: the backup medium (a USB stick) may have been read wrongly.
      validator.validate(staging);
      retireWal(target);
      DurableFiles.atomicMove(staging, target, true);
    } finally {
      DurableFiles.deleteWithSidecars(staging);
    }
    return opener.open(target);
  }

  /**
   * A -wal left beside the old vault would be replayed onto the restored file and corrupt it.
   * Opening and closing the old vault checkpoints its WAL away (proving nobody has it open); a
   * damaged old vault, the usual reason to restore, has its WAL removed instead.
   */
  private void retireWal(Path target) throws IOException, VaultOpenException {
    if (!Files.exists(VaultValidator.sibling(target, "-wal"))) {
      return;
    }
    try {
      opener.open(target).close();
    } catch (VaultLockedException e) {
      throw e;
    } catch (VaultOpenException e) {
      Files.deleteIfExists(VaultValidator.sibling(target, "-wal"));
    }
    Files.deleteIfExists(VaultValidator.sibling(target, "-shm"));
  }
}
