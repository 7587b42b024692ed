package org.depder.server.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.depder.server.storage.DatabaseSettings;

/**
 * Everything a server node needs to start. Nothing in it is node-specific state: two nodes with the
 * same configuration and the same database serve the same API (docs/deployment.md).
 *
 * @param plainHttpPort a second, plain-HTTP listener, allowed only on a loopback host (tests, a
 *     reverse proxy on the same machine); empty in production
 */
public record ServerConfig(
    Path dataDir,
    DatabaseSettings database,
    String host,
    int port,
    Optional<Integer> plainHttpPort,
    Optional<Path> tlsKeystore,
    Optional<String> tlsKeystorePassword,
    List<String> tlsHostnames,
    long maxRequestBytes,
    int enrolMaxFailures,
    Duration enrolFailureWindow,
    int deviceRequestsPerMinute,
    long deviceBytesPerMinute) {
  public static final int DEFAULT_PORT = 8443;

  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(plainHttpPort, "plainHttpPort");
    Objects.requireNonNull(tlsKeystore, "tlsKeystore");
    Objects.requireNonNull(tlsKeystorePassword, "tlsKeystorePassword");
    tlsHostnames = List.copyOf(tlsHostnames);
    if (port < 0 || port > 65535) {
      throw new ConfigException("http.port must be between 0 and 65535");
    }
    if (plainHttpPort.isPresent() && !loopback(host)) {
      throw new ConfigException("plain HTTP is allowed only on a loopback address (http.host)");
    }
    if (tlsKeystore.isPresent() && tlsKeystorePassword.isEmpty()) {
      throw new ConfigException("tls.keystore needs tls.keystore.password");
    }
    if (maxRequestBytes < 1024) {
      throw new ConfigException("limits.request.bytes must be at least 1024");
    }
    if (enrolMaxFailures < 1) {
      throw new ConfigException("enrol.max.failures must be positive");
    }
    if (deviceRequestsPerMinute < 1 || deviceBytesPerMinute < maxRequestBytes) {
      throw new ConfigException(
          "limits.device.requests.per.minute must be positive and"
              + " limits.device.bytes.per.minute at least limits.request.bytes");
    }
  }

  static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "ServerConfig[data="
        + dataDir
        + ", db="
        + database.displayUrl()
        + ", "
        + host
        + ":"
        + port
        + "]";
  }
}
