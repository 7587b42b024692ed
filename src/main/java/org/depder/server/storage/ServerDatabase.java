package org.depder.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the server's database behind a HikariCP pool and brings its schema up to date with the
 * Flyway migrations in {@code db/server} (the same files for SQLite and PostgreSQL).
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL} (an acknowledged write survives a power
 * cut) and <em>immediate</em> transactions: every transaction takes the write lock when it begins,
 * so two writers wait for each other instead of failing with SQLITE_BUSY half-way.
 */
public final class ServerDatabase implements AutoCloseable {
  public static final String MIGRATIONS = "classpath:db/server";
  private static final Logger log = LoggerFactory.getLogger(ServerDatabase.class);

  /** What the operator reads when the database was migrated by a newer server build. */
  static final String TOO_NEW =
      "the database was upgraded by a newer Depder server; install that version or restore the"
          + " backup taken before the upgrade";

  private final HikariDataSource pool;
  private final DatabaseSettings settings;

  private ServerDatabase(HikariDataSource pool, DatabaseSettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  /**
   * Opens the pool and migrates; throws {@link ErrorCode#STORAGE} if either fails, and {@link
   * ErrorCode#DATABASE_TOO_NEW} (changing nothing) if a newer server build migrated the database.
   */
  public static ServerDatabase open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("depder-server");
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(Math.min(2, settings.poolSize()));
    if (settings.sqlite()) {
      config.setDataSource(sqlite(settings.jdbcUrl()));
    } else if (settings.postgresql()) {
      config.setJdbcUrl(settings.jdbcUrl());
      settings.user().ifPresent(config::setUsername);
      settings.password().ifPresent(config::setPassword);
    } else {
      throw new ServerException(ErrorCode.STORAGE, "only jdbc:sqlite: and jdbc:postgresql: URLs");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new ServerException(ErrorCode.STORAGE, "cannot connect to the database", e);
    }
    try {
      int applied = migrate(pool);
      log.info("Server database ready, {} migration(s) applied", applied);
      return new ServerDatabase(pool, settings);
    } catch (FlywayException e) {
      pool.close();
      throw new ServerException(ErrorCode.STORAGE, "database migration failed", e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static SQLiteDataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  /**
   * Refuses a database that a newer server build migrated, before anything is written: Flyway by
   * default ignores applied migrations it does not know ("future" ones) and would let this build
   * run against a schema it was never written for. The check is explicit so the operator gets a
   * message that says what to do; {@code ignoreMigrationPatterns} is emptied as well, so Flyway's
   * own validation refuses the same database should the check ever be bypassed.
   */
  private static int migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(MIGRATIONS)
            .table("schema_history")
            .ignoreMigrationPatterns(new String[0])
            .load();
    List<String> future = new ArrayList<>();
    for (MigrationInfo m : flyway.info().all()) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS
          || m.getState() == MigrationState.FUTURE_FAILED) {
        future.add(m.getVersion() == null ? "repeatable" : m.getVersion().getVersion());
      }
    }
    if (!future.isEmpty()) {
      log.error("Database schema is newer than this server: unknown migration(s) {}", future);
      throw new ServerException(
          ErrorCode.DATABASE_TOO_NEW, TOO_NEW + " (unknown migration(s) " + future + ")");
    }
    return flyway.migrate().migrationsExecuted;
  }

  public DataSource dataSource() {
    return pool;
  }

  public DatabaseSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    pool.close();
  }
}
