package org.depder.store;

/** The fixed facts of the vault file format that every reader and writer must agree on. */
public final class VaultFormat {
  /**
   * {@code PRAGMA application_id} of every Depder vault: the ASCII bytes {@code "Dpdr"}. SQLite
   * stores it big-endian at offset 68 of the file header, so the file type can be recognised
   * without letting SQLite touch the file.
   */
  public static final int APPLICATION_ID = 0x44706472;

  /** The newest vault format this code reads and writes; {@code PRAGMA user_version}. */
  public static final int CURRENT_VERSION = 3;

  /**
   * Page size chosen before the first table exists (it cannot change afterwards without VACUUM):
   * sealed records are 1-2 KiB, and 16 KiB pages waste far less space per row than 4 KiB pages.
   */
  public static final int PAGE_SIZE = 16384;

  private VaultFormat() {}
}
