package org.depder.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.depder.server.storage.DatabaseSettings;

/**
 * Builds a {@link ServerConfig} from, lowest priority first: defaults, {@code
 * DIR/server.properties} if present, the file given with {@code --config} ({@code .properties} or a
 * flat {@code .json} object with the same keys), and command-line flags. The database password may
 * also come from the environment variable {@code DEPDER_DB_PASSWORD}, so it appears in neither a
 * file nor {@code ps}. The keys are listed in docs/deployment.md.
 */
public final class ConfigLoader {
  public static final String DEFAULT_FILE = "server.properties";
  public static final String PASSWORD_ENV = "DEPDER_DB_PASSWORD";
  static final Set<String> KEYS =
      Set.of(
          "db.url",
          "db.user",
          "db.password",
          "db.pool.size",
          "http.host",
          "http.port",
          "http.plain.port",
          "tls.keystore",
          "tls.keystore.password",
          "tls.hostnames",
          "limits.request.bytes",
          "enrol.max.failures",
          "enrol.failure.window",
          "limits.device.requests.per.minute",
          "limits.device.bytes.per.minute");

  private ConfigLoader() {}

  public static ServerConfig load(
      Path dataDir, Optional<Path> configFile, Map<String, String> flags, Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    Path defaultFile = dataDir.resolve(DEFAULT_FILE);
    if (Files.isRegularFile(defaultFile)) {
      values.putAll(read(defaultFile));
    }
    configFile.ifPresent(f -> values.putAll(read(f)));
    values.putAll(flags);
    for (String key : values.keySet()) {
      if (!KEYS.contains(key)) {
        throw new ConfigException("unknown setting " + key);
      }
    }
    if (!values.containsKey("db.password") && env.containsKey(PASSWORD_ENV)) {
      values.put("db.password", env.get(PASSWORD_ENV));
    }
    return build(dataDir, values);
  }

  private static ServerConfig build(Path dataDir, Map<String, String> v) {
    DatabaseSettings defaults = DatabaseSettings.sqliteIn(dataDir);
    String url = v.getOrDefault("db.url", defaults.jdbcUrl());
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    DatabaseSettings database =
        new DatabaseSettings(
            url,
            Optional.ofNullable(v.get("db.user")),
            Optional.ofNullable(v.get("db.password")),
            integer(v, "db.pool.size", sqlite ? 4 : 10));
    return new ServerConfig(
        dataDir,
        database,
        v.getOrDefault("http.host", "0.0.0.0"),
        integer(v, "http.port", ServerConfig.DEFAULT_PORT),
        Optional.ofNullable(v.get("http.plain.port")).map(p -> integer(v, "http.plain.port", 0)),
        Optional.ofNullable(v.get("tls.keystore")).map(Path::of),
        Optional.ofNullable(v.get("tls.keystore.password")),
        list(v.getOrDefault("tls.hostnames", "")),
        integer(v, "limits.request.bytes", 16 * 1024 * 1024),
        integer(v, "enrol.max.failures", 10),
        duration(v, "enrol.failure.window", Duration.ofMinutes(15)),
        integer(v, "limits.device.requests.per.minute", 120),
        integer(v, "limits.device.bytes.per.minute", 256 * 1024 * 1024));
  }

  private static Map<String, String> read(Path file) {
    try {
      if (file.getFileName().toString().endsWith(".json")) {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
          throw new ConfigException(file.getFileName() + " must hold a JSON object");
        }
        Map<String, String> values = new HashMap<>();
        root.fields()
            .forEachRemaining(
                e -> {
                  if (e.getValue().isContainerNode()) {
                    throw new ConfigException("setting " + e.getKey() + " must be a plain value");
                  }
                  values.put(e.getKey(), e.getValue().asText());
                });
        return values;
      }
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> values = new HashMap<>();
      p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
      return values;
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration file " + file.getFileName());
    }
  }

  private static int integer(Map<String, String> v, String key, int fallback) {
    String text = v.get(key);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number");
    }
  }

  private static Duration duration(Map<String, String> v, String key, Duration fallback) {
    String text = v.get(key);
    if (text == null) {
      return fallback;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key + " must look like 90s, 30m, 24h or 7d");
    }
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
