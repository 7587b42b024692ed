package org.depder.store;

/** A migration already applied to the vault differs from the shipped one. */
public final class VaultMigrationException extends VaultOpenException {
  public VaultMigrationException(String message) {
    super(VaultOpenFailure.MIGRATION_CHANGED, message, null);
  }

  public VaultMigrationException(String message, Throwable cause) {
    super(VaultOpenFailure.MIGRATION_CHANGED, message, cause);
  }
}
