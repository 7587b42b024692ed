package org.depder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Decides, without writing to it, whether a file is a vault this build can open. Checks run from
 * cheapest and least intrusive to most: the file itself, its raw header (plain Java I/O, so a
 * foreign file never reaches SQLite), then a read-only SQLite connection for the format version and
 * {@code PRAGMA quick_check}.
 */
public final class VaultValidator {
  private final int supportedVersion;

  public VaultValidator() {
    this(VaultFormat.CURRENT_VERSION);
  }

  VaultValidator(int supportedVersion) {
    this.supportedVersion = supportedVersion;
  }

  /**
   * Validates the file at {@code file}.
   *
   * @return the vault's format version
   * @throws VaultOpenException with the reason the file must not be opened
   */
  public int validate(Path file) throws VaultOpenException {
    if (!Files.exists(file)) {
      throw new VaultMissingException("no file at the vault path");
    }
    if (!Files.isRegularFile(file)) {
      throw new NotAVaultException(VaultOpenFailure.NOT_A_DATABASE, "not a regular file");
    }
    VaultFileHeader header = readHeader(file);
    Path wal = sibling(file, "-wal");
    Path shm = sibling(file, "-shm");
    boolean walPresent = Files.exists(wal);
    checkHeader(header, walPresent && sizeOf(wal) > 0);
    boolean shmPresent = Files.exists(shm);
    try {
      return checkWithSqlite(file, walPresent);
    } finally {
      if (walPresent && !shmPresent) {
        // Reading the WAL made SQLite create its index file. Validation leaves the files as it
        // found them; the exclusive read-write connection keeps its WAL index in heap memory and
        // rebuilds it from the WAL, so nothing needs this file afterwards.
        deleteQuietly(shm);
      }
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /**
   * @param walHoldsPages a non-empty WAL lies beside the file: a checkpoint cut short by a crash
   *     can leave page 1 (with the new page count) written before the file was extended, and SQLite
   *     completes it from the WAL on open, so the length check is left to SQLite then
   */
  private void checkHeader(VaultFileHeader header, boolean walHoldsPages)
      throws VaultOpenException {
    if (header.length() == 0 || !header.sqlite()) {
      throw new NotAVaultException(VaultOpenFailure.NOT_A_DATABASE, "not an SQLite database");
    }
    if (!header.complete()) {
      throw new VaultCorruptedException("the file header is cut short");
    }
    if (header.applicationId() != VaultFormat.APPLICATION_ID) {
      throw new NotAVaultException(
          VaultOpenFailure.FOREIGN_DATABASE, "an SQLite database of another application");
    }
    if (header.userVersion() > supportedVersion) {
      throw new NewerVaultFormatException(header.userVersion(), supportedVersion);
    }
    if (header.truncated() && !walHoldsPages) {
      throw new VaultCorruptedException("the file is shorter than the database it describes");
    }
  }

  private int checkWithSqlite(Path file, boolean walPresent) throws VaultOpenException {
    try (Connection connection = VaultConnections.readOnly(file, walPresent)) {
      // The WAL may hold a newer header than the main file; these values are authoritative.
      int version = VaultConnections.pragmaInt(connection, "user_version");
      if (VaultConnections.pragmaInt(connection, "application_id") != VaultFormat.APPLICATION_ID) {
        throw new NotAVaultException(
            VaultOpenFailure.FOREIGN_DATABASE, "an SQLite database of another application");
      }
      if (version > supportedVersion) {
        throw new NewerVaultFormatException(version, supportedVersion);
      }
      if (version < 1) {
        // Vaults are created complete under a temporary name, so version 0 is never legitimate.
        throw new VaultCorruptedException("the vault has no format version");
      }
      checkQuick(connection);
      return version;
    } catch (SQLException e) {
      throw SqliteFailures.classify(e);
    }
  }

  private static void checkQuick(Connection connection)
      throws SQLException, VaultCorruptedException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
      if (!rs.next() || !"ok".equals(rs.getString(1))) {
        throw new VaultCorruptedException("quick_check found damage");
      }
    }
  }

  private static VaultFileHeader readHeader(Path file) throws VaultUnreadableException {
    try {
      return VaultFileHeader.read(file);
    } catch (IOException e) {
      throw new VaultUnreadableException("cannot read the file header", e);
    }
  }

  static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Only an index file without record content is left behind; the verdict matters more.
    }
  }
}
