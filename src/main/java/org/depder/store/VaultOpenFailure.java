package org.depder.store;

/**
 * Why a vault could not be opened. The {@link #code()} values are stable: the UI translates them
 * (message key {@code vault.open.<code>}) and they must not be renamed.
 */
public enum VaultOpenFailure {
  /** No file at the given path. */
  MISSING("missing"),
  /** The file is not an SQLite database at all (an image, a text file, an empty file). */
  NOT_A_DATABASE("notDatabase"),
  /** An SQLite database, but not a Depder vault (another application's file). */
  FOREIGN_DATABASE("foreignDatabase"),
  /** A Depder vault written by a newer Depder, in a format this version cannot read. */
  NEWER_FORMAT("newerFormat"),
  /** A Depder vault that is truncated or damaged. */
  CORRUPTED("corrupted"),
  /** Another process (another Depder window) has the vault open. */
  LOCKED("locked"),
  /** A schema migration already applied to this vault differs from the one shipped now. */
  MIGRATION_CHANGED("migrationChanged"),
  /** The file exists but could not be read (permissions, I/O error). */
  UNREADABLE("unreadable");

  private final String code;

  VaultOpenFailure(String code) {
    this.code = code;
  }

  /** The stable reason code. */
  public String code() {
    return code;
  }
}
