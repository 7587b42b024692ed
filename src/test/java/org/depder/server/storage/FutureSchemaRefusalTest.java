package org.depder.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that a newer server build migrated (here: this build's migrations plus one from a test
 * location) is refused at start-up with {@link ErrorCode#DATABASE_TOO_NEW}, and left unchanged.
 */
class FutureSchemaRefusalTest {
  @TempDir Path dir;

  @Test
  void sqliteMigratedByANewerServerIsRefusedAndLeftUnchanged() throws Exception {
    refusesAndChangesNothing(DatabaseSettings.sqliteIn(Files.createDirectories(dir.resolve("d"))));
  }

  @Test
  void postgresqlMigratedByANewerServerIsRefusedAndLeftUnchanged() throws Exception {
    refusesAndChangesNothing(EmbeddedPostgres.freshDatabase());
  }

  @Test
  void aDatabaseOfThisVersionStillOpens() throws Exception {
    DatabaseSettings settings = DatabaseSettings.sqliteIn(dir);
    ServerDatabase.open(settings).close();
    ServerDatabase.open(settings).close();
    assertThat(history(settings)).isNotEmpty();
  }

  private void refusesAndChangesNothing(DatabaseSettings settings) throws Exception {
    Path future = Files.createDirectories(dir.resolve("future"));
    Files.writeString(
        future.resolve("V999__from_a_newer_server.sql"),
        "CREATE TABLE only_in_a_newer_server (id INTEGER PRIMARY KEY);\n");
    Flyway.configure()
        .dataSource(settings.jdbcUrl(), settings.user().orElse(null), null)
        .locations(ServerDatabase.MIGRATIONS, "filesystem:" + future)
        .table("schema_history")
        .load()
        .migrate();
    List<String> before = history(settings);
    assertThat(before).anyMatch(row -> row.startsWith("999|"));

    assertThatThrownBy(() -> ServerDatabase.open(settings))
        .isInstanceOf(ServerException.class)
        .satisfies(
            e -> {
              assertThat(((ServerException) e).code()).isEqualTo(ErrorCode.DATABASE_TOO_NEW);
              assertThat(e.getMessage())
                  .contains("upgraded by a newer Depder server")
                  .contains("install that version or restore the backup")
                  .contains("999");
            });

    assertThat(history(settings)).isEqualTo(before);
  }

  /** Every row of the schema history, as text. */
  private static List<String> history(DatabaseSettings settings) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                settings.jdbcUrl(),
                settings.user().orElse(null),
                settings.password().orElse(null));
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, description, checksum, success, installed_rank"
                    + " FROM schema_history ORDER BY installed_rank")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + "|"
                + rs.getString(2)
                + "|"
                + rs.getString(3)
                + "|"
                + rs.getBoolean(4)
                + "|"
                + rs.getInt(5));
      }
      return rows;
    }
  }
}
