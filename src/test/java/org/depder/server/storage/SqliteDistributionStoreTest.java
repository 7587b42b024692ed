package org.depder.server.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The schema-2 contract on an SQLite file in a temporary directory. */
class SqliteDistributionStoreTest extends DistributionStoreContract {
  @TempDir Path dir;

  @Override
  protected DatabaseSettings freshDatabase() {
    return DatabaseSettings.sqliteIn(dir);
  }
}
