package org.depder.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;

/**
 * {@link ServerStore} on a JDBC database (SQLite or PostgreSQL). Each transaction borrows one
 * pooled connection; nothing is cached between transactions, so any number of server nodes can
 * share one PostgreSQL database.
 */
public final class SqlServerStore implements ServerStore {
  private final ServerDatabase database;

  public SqlServerStore(ServerDatabase database) {
    this.database = database;
  }

  @Override
  public <T> T transaction(Work<T> work) {
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(new SqlServerTransaction(c));
        c.commit();
        return result;
      } catch (RuntimeException | SQLException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ServerException(ErrorCode.STORAGE, "database transaction failed", e);
    }
  }

  @Override
  public void ping() {
    try (Connection c = database.dataSource().getConnection()) {
      if (!c.isValid(5)) {
        throw new ServerException(ErrorCode.STORAGE, "database did not answer");
      }
    } catch (SQLException e) {
      throw new ServerException(ErrorCode.STORAGE, "database did not answer", e);
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
