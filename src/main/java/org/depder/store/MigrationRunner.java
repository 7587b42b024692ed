package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings a vault's schema up to the shipped {@link MigrationSet}. Each migration runs in its own
 * transaction together with its {@code schema_migrations} row and the new {@code user_version}, so
 * a crash leaves the vault at the previous version or the next, never in between.
 */
final class MigrationRunner {
  private static final String CREATE_HISTORY =
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
          + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL,"
          + " applied_at INTEGER NOT NULL) STRICT";

  private final MigrationSet migrations;
  private final Clock clock;

  MigrationRunner(MigrationSet migrations, Clock clock) {
    this.migrations = migrations;
    this.clock = clock;
  }

  /**
   * Checks the applied history against the shipped scripts, then applies the missing ones in order.
   * The connection must be in auto-commit mode.
   *
   * @return the number of migrations applied now
   * @throws VaultMigrationException if an applied migration's checksum differs from the shipped
   *     one, or the history names a migration this build does not have
   */
  int migrate(Connection connection) throws SQLException, VaultMigrationException {
    Map<Integer, String> applied = appliedChecksums(connection);
    for (Map.Entry<Integer, String> entry : applied.entrySet()) {
      int version = entry.getKey();
      if (version > migrations.latestVersion()) {
        throw new VaultMigrationException("vault has migration " + version + " unknown here");
      }
      Migration shipped = migrations.migrations().get(version - 1);
      if (!shipped.checksum().equals(entry.getValue())) {
        throw new VaultMigrationException("checksum of applied migration " + version + " changed");
      }
    }
    int count = 0;
    for (Migration migration : migrations.migrations()) {
      if (!applied.containsKey(migration.version())) {
        apply(connection, migration);
        count++;
      }
    }
    return count;
  }

  private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
    Map<Integer, String> applied = new HashMap<>();
    try (Statement st = connection.createStatement();
        ResultSet tables =
            st.executeQuery(
                "SELECT count(*) FROM sqlite_schema"
                    + " WHERE type = 'table' AND name = 'schema_migrations'")) {
      if (tables.next() && tables.getInt(1) == 0) {
        return applied;
      }
    }
    try (Statement st = connection.createStatement();
        ResultSet rows = st.executeQuery("SELECT version, checksum FROM schema_migrations")) {
      while (rows.next()) {
        applied.put(rows.getInt(1), rows.getString(2));
      }
    }
    return applied;
  }

  private void apply(Connection connection, Migration migration) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      st.execute(CREATE_HISTORY);
      for (String statement : SqlScript.statements(migration.sql())) {
        st.execute(statement);
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO schema_migrations (version, name, checksum, applied_at)"
                  + " VALUES (?, ?, ?, ?)")) {
        insert.setInt(1, migration.version());
        insert.setString(2, migration.name());
        insert.setString(3, migration.checksum());
        insert.setLong(4, clock.millis());
        insert.executeUpdate();
      }
      // user_version lives in the header page, so it commits or rolls back with the schema.
      st.execute("PRAGMA user_version = " + migration.version());
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
