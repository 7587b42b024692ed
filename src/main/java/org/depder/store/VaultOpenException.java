package org.depder.store;

/**
 * A vault was refused at open. Each subtype is one class of failure the user can act on
 * differently; {@link #failure()} carries the stable reason code. Messages name no personal data.
 */
public abstract sealed class VaultOpenException extends Exception
    permits VaultMissingException,
        NotAVaultException,
        NewerVaultFormatException,
        VaultCorruptedException,
        VaultLockedException,
        VaultMigrationException,
        VaultUnreadableException {
  private final VaultOpenFailure failure;

  VaultOpenException(VaultOpenFailure failure, String message, Throwable cause) {
    super(failure.code() + ": " + message, cause);
    this.failure = failure;
  }

  /** Why the vault was refused. */
  public VaultOpenFailure failure() {
    return failure;
  }

  /** The stable reason code, shorthand for {@code failure().code()}. */
  public String reasonCode() {
    return failure.code();
  }
}
