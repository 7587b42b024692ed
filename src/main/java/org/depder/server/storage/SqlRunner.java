package org.depder.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;

/** Prepared statements on one connection with positional arguments (String, Long, null). */
final class SqlRunner {
  private final Connection c;

  SqlRunner(Connection c) {
    this.c = c;
  }

  /** Maps one result row; may throw SQLException. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  int update(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  <T> List<T> list(String sql, Row<T> row, Object... args) {
    try (PreparedStatement s = prepare(sql, args);
        ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  <T> Optional<T> first(String sql, Row<T> row, Object... args) {
    return list(sql, row, args).stream().findFirst();
  }

  long number(String sql, Object... args) {
    return first(sql, r -> r.getLong(1), args).orElse(0L);
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else if (a instanceof Long l) {
          s.setLong(i + 1, l);
        } else if (a instanceof Integer n) {
          s.setLong(i + 1, n);
        } else {
          s.setString(i + 1, a.toString());
        }
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  static ServerException failed(SQLException e) {
    return new ServerException(ErrorCode.STORAGE, "SQL state " + e.getSQLState(), e);
  }
}
