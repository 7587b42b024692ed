package org.depder.server.storage;

/** The schema-2 contract on a real PostgreSQL (embedded, from Maven artifacts). */
class PostgresDistributionStoreTest extends DistributionStoreContract {
  @Override
  protected DatabaseSettings freshDatabase() throws Exception {
    return EmbeddedPostgres.freshDatabase();
  }
}
