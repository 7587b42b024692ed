package org.depder.server.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file in a temporary directory (the default deployment). */
class SqliteServerStoreTest extends ServerStoreContract {
  @TempDir Path dir;

  @Override
  protected DatabaseSettings freshDatabase() {
    return DatabaseSettings.sqliteIn(dir);
  }
}
