package org.depder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Opens JDBC connections to a vault file with the settings the format depends on. */
final class VaultConnections {
  /** Short, so that a second Depder process is told "locked" at once instead of hanging. */
  private static final int BUSY_TIMEOUT_MS = 250;

  private VaultConnections() {}

  /**
   * A read-only connection for validation. Without a -wal file the database is opened {@code
   * immutable}: SQLite then takes no locks and creates no -shm/-wal file next to a file we may be
   * about to refuse. With a -wal file present, committed transactions may live only in the WAL, so
   * the WAL must be read and SQLite will need the shared-memory index beside it.
   */
  static Connection readOnly(Path file, boolean walPresent) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    String query = walPresent ? "?mode=ro" : "?mode=ro&immutable=1";
    return config.createConnection("jdbc:sqlite:" + uri(file) + query);
  }

  /**
   * A read-write connection with the vault pragmas. {@code locking_mode=EXCLUSIVE} keeps the file
   * locked for as long as the vault is open, so a second process is refused instead of interleaving
   * writes, and SQLite keeps the WAL index in heap memory rather than a -shm file.
   */
  static Connection readWrite(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection connection = config.createConnection("jdbc:sqlite:" + uri(file));
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA locking_mode = EXCLUSIVE");
      st.execute("PRAGMA foreign_keys = ON");
      // Deleted records are overwritten with zeros instead of lingering in free pages.
      st.execute("PRAGMA secure_delete = ON");
      // Sorts and temporary indexes stay in memory: no temp files beside or outside the vault.
      st.execute("PRAGMA temp_store = MEMORY");
      // FULL: in WAL mode every commit fsyncs the WAL, so an acknowledged save survives power loss.
      st.execute("PRAGMA synchronous = FULL");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  static String pragmaText(Connection connection, String pragma) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  static int pragmaInt(Connection connection, String pragma) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** An SQLite URI for the file; percent-encoding keeps '?', '#' and spaces in paths harmless. */
  static String uri(Path file) {
    return file.toAbsolutePath().toUri().toString();
  }
}
