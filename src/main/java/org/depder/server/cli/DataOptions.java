package org.depder.server.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.depder.server.config.ConfigLoader;
import org.depder.server.config.ServerConfig;
import picocli.CommandLine.Option;

/** The options {@code server} and {@code admin} share: where the data and the database are. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "depder-server",
      description =
          "data directory: keys, TLS keystore, SQLite file, logs (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "database, e.g. jdbc:postgresql://host/depder (default: SQLite in DIR)")
  String db;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "settings file (.properties or .json); DIR/server.properties is read first")
  Path config;

  /** Flags as configuration keys; subclasses add theirs. */
  Map<String, String> flags() {
    Map<String, String> flags = new HashMap<>();
    if (db != null) {
      flags.put("db.url", db);
    }
    return flags;
  }

  ServerConfig load(Map<String, String> moreFlags) {
    Map<String, String> all = flags();
    all.putAll(moreFlags);
    return ConfigLoader.load(data, Optional.ofNullable(config), all, System.getenv());
  }
}
