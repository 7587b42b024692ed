package org.depder.server;

import java.util.Map;
import org.depder.server.storage.DatabaseSettings;
import org.depder.server.storage.EmbeddedPostgres;

/** The whole server on a real PostgreSQL, as in production (--db jdbc:postgresql://...). */
class PostgresServerEndToEndTest extends ServerEndToEndContract {
  private DatabaseSettings database;

  @Override
  protected Map<String, String> databaseFlags() throws Exception {
    if (database == null) {
      database = EmbeddedPostgres.freshDatabase();
    }
    return Map.of("db.url", database.jdbcUrl(), "db.user", "postgres");
  }
}
