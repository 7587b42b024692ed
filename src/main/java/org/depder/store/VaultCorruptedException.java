package org.depder.store;

/** The vault is truncated or damaged; restore it from a backup. */
public final class VaultCorruptedException extends VaultOpenException {
  public VaultCorruptedException(String message) {
    super(VaultOpenFailure.CORRUPTED, message, null);
  }

  public VaultCorruptedException(String message, Throwable cause) {
    super(VaultOpenFailure.CORRUPTED, message, cause);
  }
}
