package org.depder.store;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Maps SQLite result codes to the open-time failure classes the user is shown. */
final class SqliteFailures {
  private static final int SQLITE_IOERR = 10;
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_NOTADB = 26;
  private static final int SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8);

  private SqliteFailures() {}

  static VaultOpenException classify(SQLException e) {
    // sqlite-jdbc reports only the primary code through getErrorCode().
    int extended = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
    int primary = extended & 0xFF;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
      return new VaultLockedException("the vault is in use by another process", e);
    }
    if (primary == SQLITE_CORRUPT
        || primary == SQLITE_NOTADB
        || extended == SQLITE_IOERR_SHORT_READ) {
      return new VaultCorruptedException("SQLite reports a damaged database", e);
    }
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR) {
      return new VaultUnreadableException("SQLite cannot read the file", e);
    }
    return new VaultCorruptedException("SQLite cannot use the database", e);
  }
}
