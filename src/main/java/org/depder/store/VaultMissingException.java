package org.depder.store;

/** The path has no vault file. */
public final class VaultMissingException extends VaultOpenException {
  public VaultMissingException(String message) {
    super(VaultOpenFailure.MISSING, message, null);
  }

  public VaultMissingException(String message, Throwable cause) {
    super(VaultOpenFailure.MISSING, message, cause);
  }
}
