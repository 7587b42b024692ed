package org.depder.app.vault;

import java.nio.file.Path;
import java.util.List;

/**
 * The local vault's use cases: first-run creation, unlock and lock, local users. All methods may be
 * slow (Argon2id, SQLite) and are called through the {@code TaskRunner}, never on the UI thread.
 * Passwords are {@code char[]} and are wiped by the service once used.
 *
 * <p>Every method that needs an open vault throws {@link VaultException} with reason key {@code
 * vault.error.locked} when it is locked; user management needs the {@link
 * Role#DEVICE_ADMINISTRATOR} role ({@code vault.error.notAllowed}).
 */
public interface VaultService {

  VaultState state();

  /**
   * Checks a proposed password; cheap, safe to call on every key press. Unlike every other method
   * it does not wipe {@code password}: it is the text field's live buffer.
   */
  PasswordFeedback evaluatePassword(char[] password);

  /** First run: creates the vault and its first user, a device administrator, and unlocks it. */
  UserAccount create(String loginName, String displayName, char[] password) throws VaultException;

  UnlockResult unlock(String loginName, char[] password) throws VaultException;

  /** Drops every key and in-memory index at once. Safe to call in any state. */
  void lock();

  /** The user who unlocked the vault. */
  UserAccount currentUser() throws VaultException;

  /**
   * Rewraps the vault key under {@code newPassword}; nothing is re-encrypted. A wrong current
   * password counts as a failed unlock ({@code vault.error.currentPasswordWrong}, then {@code
   * vault.error.tryLater} while the back-off runs).
   */
  void changeOwnPassword(char[] currentPassword, char[] newPassword) throws VaultException;

  List<UserAccount> users() throws VaultException;

  UserAccount addUser(String loginName, String displayName, Role role, char[] initialPassword)
      throws VaultException;

  void changeRole(String userId, Role role) throws VaultException;

  void setDisabled(String userId, boolean disabled) throws VaultException;

  /** Removes a user; the last device administrator cannot be removed or demoted. */
  void removeUser(String userId) throws VaultException;

  /** An administrator sets a new password for another user (needs the vault unlocked). */
  void resetPassword(String userId, char[] newPassword) throws VaultException;

  LockSettings lockSettings() throws VaultException;

  void updateLockSettings(LockSettings settings) throws VaultException;

  /** Writes an encrypted backup of the whole vault to {@code target} (atomic, verified). */
  void backupTo(Path target) throws VaultException;

  /**
   * Replaces the local vault with a backup, when locked or before first run. The backup is fully
   * validated first; a backup that fails validation changes nothing. Its users' passwords apply.
   */
  void restoreFrom(Path backup) throws VaultException;
}
