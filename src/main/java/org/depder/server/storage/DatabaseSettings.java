package org.depder.server.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server's database is: a JDBC URL ({@code jdbc:sqlite:...} or {@code
 * jdbc:postgresql://...}), optional credentials (better kept out of the URL, which may be printed),
 * and the connection pool size.
 */
public record DatabaseSettings(
    String jdbcUrl, Optional<String> user, Optional<String> password, int poolSize) {
  public static final String SQLITE_FILE = "depder-server.db";

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool size must be positive");
    }
  }

  /** The default: an SQLite file in the data directory. */
  public static DatabaseSettings sqliteIn(Path dataDir) {
    return new DatabaseSettings(
        "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath(),
        Optional.empty(),
        Optional.empty(),
        4);
  }

  public boolean sqlite() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  public boolean postgresql() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /** The URL without its query string, which may hold a password: safe to print and log. */
  public String displayUrl() {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + displayUrl() + ", pool=" + poolSize + "]";
  }
}
