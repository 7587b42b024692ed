package org.depder.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * Creates and opens vault files. A file is validated read-only before it is opened for writing, so
 * a refused file is never modified; a new vault is built under a temporary name and renamed into
 * place complete, so a crash during creation leaves no vault rather than half of one.
 */
public final class VaultOpener {
  private final MigrationSet migrations;
  private final Clock clock;
  private final VaultValidator validator;

  /** An opener for the migrations shipped with this build. */
  public VaultOpener() {
    this(MigrationSet.vault(), Clock.systemUTC());
  }

  public VaultOpener(MigrationSet migrations, Clock clock) {
    this.migrations = migrations;
    this.clock = clock;
    this.validator = new VaultValidator(migrations.latestVersion());
  }

  /**
   * Creates a new, empty vault at {@code file} and opens it.
   *
   * @throws FileAlreadyExistsException if a file already exists there; never overwritten
   */
  public VaultDatabase create(Path file) throws IOException, VaultOpenException {
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.getFileName().toString());
    }
    Path temporary = VaultValidator.sibling(target, ".creating");
    // Left over from a creation that crashed: it never held anything but an empty schema.
    DurableFiles.deleteWithSidecars(temporary);
    try {
      initialise(temporary);
      DurableFiles.fsync(temporary);
      DurableFiles.atomicMove(temporary, target, false);
    } catch (SQLException e) {
      throw new IOException("creating the vault failed", e);
    } finally {
      DurableFiles.deleteWithSidecars(temporary);
    }
    return open(target);
  }

  /**
   * Validates and opens the vault at {@code file}, applying pending migrations.
   *
   * @throws VaultOpenException with a stable reason code if the file is refused
   */
  public VaultDatabase open(Path file) throws VaultOpenException {
    Path target = file.toAbsolutePath();
    validator.validate(target);
    Connection connection = null;
    try {
      connection = VaultConnections.readWrite(target);
      lock(connection);
      // Re-read under the lock: another process may have migrated the file since validation.
      int version = VaultConnections.pragmaInt(connection, "user_version");
      if (version > migrations.latestVersion()) {
        throw new NewerVaultFormatException(version, migrations.latestVersion());
      }
      requireWal(connection);
      new MigrationRunner(migrations, clock).migrate(connection);
      return new VaultDatabase(target, connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw SqliteFailures.classify(e);
    } catch (VaultOpenException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private void initialise(Path temporary) throws SQLException, VaultOpenException, IOException {
    try (Connection connection = VaultConnections.readWrite(temporary);
        Statement st = connection.createStatement()) {
      // Must precede the first table: the page size is fixed once the file has content.
      st.execute("PRAGMA page_size = " + VaultFormat.PAGE_SIZE);
      requireWal(connection);
      st.execute("PRAGMA application_id = " + VaultFormat.APPLICATION_ID);
      new MigrationRunner(migrations, clock).migrate(connection);
      try (PreparedStatement meta =
          connection.prepareStatement("INSERT INTO vault_meta (key, value) VALUES (?, ?)")) {
        meta.setString(1, "created_at");
        meta.setString(2, Long.toString(clock.millis()));
        meta.executeUpdate();
        meta.setString(1, "format");
        meta.setString(2, Integer.toString(migrations.latestVersion()));
        meta.executeUpdate();
      }
      if (VaultConnections.pragmaInt(connection, "page_size") != VaultFormat.PAGE_SIZE) {
        throw new IOException("SQLite did not accept the vault page size");
      }
    }
    if (Files.exists(VaultValidator.sibling(temporary, "-wal"))) {
      // Closing checkpoints and removes the WAL; a WAL left over would be lost by the rename.
      throw new IOException("the new vault's WAL was not checkpointed on close");
    }
  }

  /** Takes the write lock now, so a second process is refused at open rather than mid-save. */
  private static void lock(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("BEGIN EXCLUSIVE");
      st.execute("COMMIT");
    }
  }

  private static void requireWal(Connection connection) throws SQLException {
    String mode = VaultConnections.pragmaText(connection, "journal_mode = WAL");
    if (!"wal".equalsIgnoreCase(mode)) {
      throw new SQLException("SQLite refused WAL journal mode");
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // The open already failed; that failure is the one to report.
    }
  }
}
