package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunnerTest {
  private static final Migration V1 = Migration.of(1, "first", "CREATE TABLE a (x INTEGER);\n");
  private static final Migration V2 =
      Migration.of(
          2,
          "second",
          "-- a comment; with a semicolon\nCREATE TABLE b (y TEXT DEFAULT 'a;b');\n"
              + "INSERT INTO b (y) VALUES ('it''s');\n");

  @TempDir Path dir;

  @Test
  void appliesPendingMigrationsInOrderAndRecordsThem() throws Exception {
    try (Connection c = connection()) {
      assertThat(runner(V1).migrate(c)).isEqualTo(1);
      assertThat(VaultConnections.pragmaInt(c, "user_version")).isEqualTo(1);
      assertThat(runner(V1, V2).migrate(c)).isEqualTo(1);
      assertThat(runner(V1, V2).migrate(c)).isZero();
      assertThat(VaultConnections.pragmaInt(c, "user_version")).isEqualTo(2);
      try (ResultSet rs = c.createStatement().executeQuery("SELECT y FROM b")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("it's");
      }
    }
  }

  @Test
  void refusesWhenAnAppliedMigrationWasEdited() throws Exception {
    try (Connection c = connection()) {
      runner(V1).migrate(c);
      Migration edited = Migration.of(1, "first", "CREATE TABLE a (x INTEGER, z TEXT);\n");
      assertThatThrownBy(() -> runner(edited).migrate(c))
          .isInstanceOfSatisfying(
              VaultMigrationException.class,
              e -> assertThat(e.reasonCode()).isEqualTo("migrationChanged"));
    }
  }

  @Test
  void lineEndingsDoNotChangeTheChecksum() {
    assertThat(Migration.of(1, "a", "SELECT 1;\r\nSELECT 2;\r\n").checksum())
        .isEqualTo(Migration.of(1, "a", "SELECT 1;\nSELECT 2;\n").checksum());
  }

  @Test
  void aFailingMigrationLeavesNoTrace() throws Exception {
    Migration broken = Migration.of(2, "broken", "CREATE TABLE c (x);\nNOT SQL AT ALL;\n");
    try (Connection c = connection()) {
      runner(V1).migrate(c);
      assertThatThrownBy(() -> runner(V1, broken).migrate(c))
          .isInstanceOf(java.sql.SQLException.class);
      assertThat(VaultConnections.pragmaInt(c, "user_version")).isEqualTo(1);
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'c'")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void numbersMustRunWithoutGaps() {
    assertThatThrownBy(() -> new MigrationSet(List.of(V2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedVaultMigrationsMatchTheFormatVersion() {
    MigrationSet shipped = MigrationSet.vault();
    assertThat(shipped.latestVersion()).isEqualTo(VaultFormat.CURRENT_VERSION);
    assertThat(shipped.migrations().get(0).name()).isEqualTo("initial");
    assertThat(shipped.migrations().get(1).name()).isEqualTo("replication");
    assertThat(shipped.migrations().get(2).name()).isEqualTo("entity_state");
  }

  @Test
  void releasedMigrationsAreNeverEdited() {
    // Pinned when each migration is released; a change here means a released file was edited.
    assertThat(MigrationSet.vault().migrations().get(0).checksum())
        .isEqualTo(ReleasedMigrations.V1_CHECKSUM);
    assertThat(MigrationSet.vault().migrations().get(1).checksum())
        .isEqualTo(ReleasedMigrations.V2_CHECKSUM);
    assertThat(MigrationSet.vault().migrations().get(2).checksum())
        .isEqualTo(ReleasedMigrations.V3_CHECKSUM);
  }

  @Test
  void splitsStatementsOutsideQuotesAndComments() {
    assertThat(SqlScript.statements("A 'x;y';\n-- c; d\nB \"q;\";\n\n"))
        .containsExactly("A 'x;y'", "B \"q;\"");
  }

  private static MigrationRunner runner(Migration... migrations) {
    return new MigrationRunner(new MigrationSet(List.of(migrations)), Clock.systemUTC());
  }

  private Connection connection() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"));
  }
}
