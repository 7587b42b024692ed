package org.depder.server;

import java.util.Map;

/** The whole server on its default database: an SQLite file in the data directory. */
class SqliteServerEndToEndTest extends ServerEndToEndContract {
  @Override
  protected Map<String, String> databaseFlags() {
    return Map.of();
  }
}
