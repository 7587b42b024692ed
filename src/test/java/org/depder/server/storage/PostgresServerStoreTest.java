package org.depder.server.storage;

/** The store contract on a real PostgreSQL (embedded, from Maven artifacts). */
class PostgresServerStoreTest extends ServerStoreContract {
  @Override
  protected DatabaseSettings freshDatabase() throws Exception {
    return EmbeddedPostgres.freshDatabase();
  }
}
