package org.depder.store;

/** The vault file could not be read. */
public final class VaultUnreadableException extends VaultOpenException {
  public VaultUnreadableException(String message) {
    super(VaultOpenFailure.UNREADABLE, message, null);
  }

  public VaultUnreadableException(String message, Throwable cause) {
    super(VaultOpenFailure.UNREADABLE, message, cause);
  }
}
