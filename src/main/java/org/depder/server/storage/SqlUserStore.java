package org.depder.server.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerUser;
import org.depder.server.core.UserStore;

/** {@link UserStore} on the caller's connection. */
final class SqlUserStore implements UserStore {
  private static final String COLUMNS = "user_id, login, role, post, status, created_at";

  private final SqlRunner sql;

  SqlUserStore(Connection c) {
    this.sql = new SqlRunner(c);
  }

  @Override
  public void insert(ServerUser u) {
    if (byLogin(u.login()).isPresent()) {
      throw new ServerException(ErrorCode.USER_EXISTS);
    }
    sql.update(
        "INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
        u.id(),
        u.login(),
        u.role().code(),
        u.post(),
        u.active() ? "active" : "disabled",
        u.createdAt().toEpochMilli());
  }

  @Override
  public List<ServerUser> all() {
    return sql.list(
        "SELECT " + COLUMNS + " FROM users ORDER BY created_at, login", SqlUserStore::user);
  }

  @Override
  public Optional<ServerUser> byLogin(String login) {
    return sql.first(
        "SELECT " + COLUMNS + " FROM users WHERE login = ?", SqlUserStore::user, login);
  }

  @Override
  public boolean disable(String userId) {
    return sql.update(
            "UPDATE users SET status = 'disabled' WHERE user_id = ? AND status = 'active'", userId)
        == 1;
  }

  private static ServerUser user(ResultSet r) throws SQLException {
    return new ServerUser(
        r.getString(1),
        r.getString(2),
        DeviceRole.parse(r.getString(3)),
        r.getString(4),
        "active".equals(r.getString(5)),
        Instant.ofEpochMilli(r.getLong(6)));
  }
}
