package org.depder.store;

/** Another process has the vault open. */
public final class VaultLockedException extends VaultOpenException {
  public VaultLockedException(String message) {
    super(VaultOpenFailure.LOCKED, message, null);
  }

  public VaultLockedException(String message, Throwable cause) {
    super(VaultOpenFailure.LOCKED, message, cause);
  }
}
