package org.depder.app.vault;

import org.depder.store.VaultOpenException;

/** The reason keys of {@link VaultException}, and the mapping from the store's open failures. */
final class VaultErrors {
  static final String CORRUPTED = "vault.error.corrupted";
  static final String NOT_A_VAULT = "vault.error.notAVault";
  static final String NEWER_FORMAT = "vault.error.newerFormat";
  static final String LOCKED = "vault.error.locked";
  static final String IN_USE = "vault.error.inUse";
  static final String MISSING = "vault.error.missing";
  static final String ALREADY_EXISTS = "vault.error.alreadyExists";
  static final String NOT_ALLOWED = "vault.error.notAllowed";
  static final String LOGIN_NAME_TAKEN = "vault.error.loginNameTaken";
  static final String LOGIN_NAME_INVALID = "vault.error.loginNameInvalid";
  static final String DISPLAY_NAME_INVALID = "vault.error.displayNameInvalid";
  static final String LAST_ADMINISTRATOR = "vault.error.lastAdministrator";
  static final String PASSWORD_TOO_WEAK = "vault.error.passwordTooWeak";
  static final String CURRENT_PASSWORD_WRONG = "vault.error.currentPasswordWrong";
  static final String TRY_LATER = "vault.error.tryLater";
  static final String NO_SUCH_USER = "vault.error.noSuchUser";
  static final String BACKUP_INVALID = "vault.error.backupInvalid";
  static final String IO = "vault.error.io";

  private VaultErrors() {}

  /** The user-facing reason for a vault file the store refused to open. */
  static VaultException opening(VaultOpenException e) {
    String key =
        switch (e.failure()) {
          case MISSING -> MISSING;
          case NOT_A_DATABASE, FOREIGN_DATABASE -> NOT_A_VAULT;
          case NEWER_FORMAT -> NEWER_FORMAT;
          case CORRUPTED, MIGRATION_CHANGED -> CORRUPTED;
          case LOCKED -> IN_USE;
          case UNREADABLE -> IO;
        };
    return new VaultException(key, "the vault file was refused: " + e.failure().code(), e);
  }
}
