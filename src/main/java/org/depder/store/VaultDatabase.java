package org.depder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An open vault: one exclusive read-write connection. Calls are serialised on this object because a
 * JDBC connection is not safe to share between threads; callers run them off the UI thread through
 * the application's task runner.
 */
public final class VaultDatabase implements AutoCloseable {
  private final Path file;
  private final Connection connection;
  private boolean closed;

  VaultDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** The vault file. */
  public Path file() {
    return file;
  }

  /** The vault's format version ({@code PRAGMA user_version}). */
  public synchronized int formatVersion() {
    return read(c -> VaultConnections.pragmaInt(c, "user_version"));
  }

  /** The rows of {@code PRAGMA integrity_check}: exactly {@code ["ok"]} for a healthy vault. */
  public synchronized List<String> integrityCheck() {
    return read(
        c -> {
          List<String> rows = new ArrayList<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
              rows.add(rs.getString(1));
            }
          }
          return List.copyOf(rows);
        });
  }

  /**
   * Writes a consistent copy of the vault to {@code target} (which must not exist): {@code VACUUM
   * INTO} a temporary file in the target's directory, fsync it, then rename it into place, so a
   * crash never leaves a half-written file under the backup's name. Payloads in the copy are as
   * sealed as in the vault.
   */
  public synchronized void backupTo(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new java.nio.file.FileAlreadyExistsException(absolute.getFileName().toString());
    }
    Path temporary = VaultValidator.sibling(absolute, ".partial");
    DurableFiles.deleteWithSidecars(temporary);
    try {
      read(
          c -> {
            try (var st = c.prepareStatement("VACUUM INTO ?")) {
              st.setString(1, temporary.toString());
              st.executeUpdate();
            }
            return null;
          });
      DurableFiles.fsync(temporary);
      DurableFiles.atomicMove(temporary, absolute, false);
    } finally {
      DurableFiles.deleteWithSidecars(temporary);
    }
  }

  /** Runs {@code work} in one transaction; returns after the commit is durable on disk. */
  synchronized <T> T inTransaction(SqlWork<T> work) {
    ensureOpen();
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new VaultAccessException("vault transaction failed", e);
    }
  }

  /** Runs read-only {@code work} in auto-commit mode. */
  synchronized <T> T read(SqlWork<T> work) {
    ensureOpen();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new VaultAccessException("vault read failed", e);
    }
  }

  /**
   * Closes the connection. SQLite checkpoints the WAL into the main file and deletes the WAL, so a
   * closed vault is a single file.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw new VaultAccessException("closing the vault failed", e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the vault is closed");
    }
  }
}
