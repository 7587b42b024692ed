package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultOpenerTest {
  @TempDir Path dir;

  @Test
  void createsAVaultWithTheFormatPragmasAndSchema() throws Exception {
    Path file = dir.resolve("vault.depder");
    try (VaultDatabase vault = new VaultOpener().create(file)) {
      assertThat(vault.formatVersion()).isEqualTo(VaultFormat.CURRENT_VERSION);
      assertThat(vault.integrityCheck()).containsExactly("ok");
      vault.read(
          c -> {
            assertThat(VaultConnections.pragmaInt(c, "page_size")).isEqualTo(16384);
            assertThat(VaultConnections.pragmaText(c, "journal_mode")).isEqualTo("wal");
            assertThat(VaultConnections.pragmaInt(c, "synchronous")).isEqualTo(2);
            assertThat(VaultConnections.pragmaInt(c, "foreign_keys")).isEqualTo(1);
            assertThat(VaultConnections.pragmaInt(c, "secure_delete")).isEqualTo(1);
            assertThat(VaultConnections.pragmaInt(c, "temp_store")).isEqualTo(2);
            assertThat(VaultConnections.pragmaInt(c, "application_id"))
                .isEqualTo(VaultFormat.APPLICATION_ID);
            assertThat(tables(c))
                .contains(
                    "vault_meta",
                    "vault_keys",
                    "users",
                    "records",
                    "blind_index",
                    "unlock_attempts",
                    "outbox",
                    "schema_migrations");
            return null;
          });
    }
    byte[] header = Files.readAllBytes(file);
    assertThat(new String(header, 68, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("Dpdr");
    assertThat(Files.exists(VaultValidator.sibling(file, ".creating"))).isFalse();
    assertThat(Files.exists(VaultValidator.sibling(file, "-wal"))).isFalse();
  }

  @Test
  void reopensAnExistingVaultWithoutReapplyingMigrations() throws Exception {
    Path file = dir.resolve("vault.depder");
    new VaultOpener().create(file).close();
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      int applied =
          vault.read(
              c -> {
                try (ResultSet rs =
                    c.createStatement().executeQuery("SELECT count(*) FROM schema_migrations")) {
                  return rs.next() ? rs.getInt(1) : -1;
                }
              });
      assertThat(applied).isEqualTo(VaultFormat.CURRENT_VERSION);
    }
  }

  @Test
  void neverOverwritesAnExistingFile() throws Exception {
    Path file = dir.resolve("vault.depder");
    Files.writeString(file, "someone else's file");
    assertThatThrownBy(() -> new VaultOpener().create(file))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("someone else's file");
  }

  @Test
  void replacesTheLeftoversOfACreationThatCrashed() throws Exception {
    Path file = dir.resolve("vault.depder");
    Files.writeString(VaultValidator.sibling(file, ".creating"), "half a vault");
    try (VaultDatabase vault = new VaultOpener().create(file)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
    }
  }

  @Test
  void aSecondOpenWhileTheVaultIsInUseIsRefusedAsLocked() throws Exception {
    Path file = dir.resolve("vault.depder");
    try (VaultDatabase first = new VaultOpener().create(file)) {
      assertThatThrownBy(() -> new VaultOpener().open(file))
          .isInstanceOfSatisfying(
              VaultLockedException.class,
              e -> assertThat(e.reasonCode()).isEqualTo(VaultOpenFailure.LOCKED.code()));
      assertThat(first.integrityCheck()).containsExactly("ok");
    }
    new VaultOpener().open(file).close();
  }

  @Test
  void aVaultIsReadableByPlainSqliteAfterClose() throws Exception {
    Path file = dir.resolve("vault.depder");
    new VaultOpener().create(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(VaultConnections.pragmaInt(c, "user_version"))
          .isEqualTo(VaultFormat.CURRENT_VERSION);
    }
  }

  @Test
  void recoversCommittedSavesThatOnlyReachedTheWal() throws Exception {
    Path file = dir.resolve("vault.depder");
    Path crashed = dir.resolve("crashed.depder");
    String id = TestRecords.newId();
    AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();
    try (VaultDatabase vault = new VaultOpener().create(file)) {
      new SqliteRecordRepository(vault, sealer)
          .save(TestRecords.record(id, "person", 1, "only in the WAL"));
      // A snapshot of the files while the vault is open is what a power cut leaves behind.
      Files.copy(file, crashed);
      Files.copy(VaultValidator.sibling(file, "-wal"), VaultValidator.sibling(crashed, "-wal"));
    }
    try (VaultDatabase vault = new VaultOpener().open(crashed)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
      assertThat(new SqliteRecordRepository(vault, sealer).find(id)).isPresent();
    }
    assertThat(VaultValidator.sibling(crashed, "-wal")).doesNotExist();
    assertThat(VaultValidator.sibling(crashed, "-shm")).doesNotExist();
  }

  private static List<String> tables(Connection c) throws java.sql.SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        c.createStatement().executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
