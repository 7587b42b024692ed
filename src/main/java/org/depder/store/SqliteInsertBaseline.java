package org.depder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The limit a vault save is compared with in benchmarks: the same bytes inserted into a plain
 * SQLite table with the vault's durability settings (16 KiB pages, WAL, {@code synchronous=FULL},
 * one transaction per row), with no sealing, compression, tokens or vault code in between.
 */
public final class SqliteInsertBaseline {
  private SqliteInsertBaseline() {}

  /**
   * Inserts each blob in its own durable transaction into a new database at {@code file}.
   *
   * @return the time of each insert in nanoseconds, in order
   */
  public static long[] timeInserts(Path file, List<byte[]> blobs) throws IOException {
    if (Files.exists(file)) {
      throw new IllegalArgumentException("the baseline database must be new");
    }
    long[] nanos = new long[blobs.size()];
    try {
      insertAll(file, blobs, nanos);
    } catch (SQLException e) {
      throw new IOException("the baseline insert failed", e);
    }
    return nanos;
  }

  private static void insertAll(Path file, List<byte[]> blobs, long[] nanos) throws SQLException {
    try (Connection c = VaultConnections.readWrite(file)) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA page_size = " + VaultFormat.PAGE_SIZE);
        st.execute("PRAGMA journal_mode = WAL");
        st.execute("CREATE TABLE raw (id INTEGER PRIMARY KEY, sealed BLOB NOT NULL) STRICT");
      }
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw (sealed) VALUES (?)")) {
        for (int i = 0; i < nanos.length; i++) {
          long start = System.nanoTime();
          insert.setBytes(1, blobs.get(i));
          insert.executeUpdate();
          c.commit();
          nanos[i] = System.nanoTime() - start;
        }
      }
    }
  }
}
