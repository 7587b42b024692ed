package org.depder.server.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.depder.server.DepderServer;
import org.depder.server.ServerContext;
import org.depder.server.config.ConfigLoader;
import org.depder.server.core.DeviceRole;

/** The whole server on SQLite in {@code dataDir}, HTTPS on a random loopback port. */
public final class LoopbackServer {
  private LoopbackServer() {}

  public static DepderServer start(Path dataDir) throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("http.host", "127.0.0.1");
    flags.put("http.port", "0");
    return DepderServer.start(
        ServerContext.open(
            ConfigLoader.load(dataDir, Optional.empty(), flags, Map.of()),
            new SecureRandom(),
            Clock.systemUTC()));
  }

  /** A one-time enrolment code valid for an hour. */
  public static String code(DepderServer server, DeviceRole role, String post) {
    return server.context().admin().issueCode(role, post, Duration.ofHours(1)).code();
  }
}
