package org.depder.server.cli;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.depder.server.DepderServer;
import org.depder.server.ServerContext;
import org.depder.server.config.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code depder.jar server}: runs a server node until it is stopped (SIGTERM or Ctrl+C). */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = "Run the Depder central server (HTTPS sync API).")
final class ServerCommand implements Callable<Integer> {
  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "HTTPS port (default 8443; 0 = any free)")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "listen address (default 0.0.0.0)")
  String host;

  @Option(
      names = "--plain-port",
      paramLabel = "N",
      description = "also serve plain HTTP on this port; only with a loopback --host (tests)")
  Integer plainPort;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "a PKCS12 keystore to serve instead of the generated certificate"
              + " (password: tls.keystore.password in the settings file)")
  String tlsKeystore;

  private final PrintStream out;

  ServerCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> flags = new HashMap<>();
    if (port != null) {
      flags.put("http.port", port.toString());
    }
    if (host != null) {
      flags.put("http.host", host);
    }
    if (plainPort != null) {
      flags.put("http.plain.port", plainPort.toString());
    }
    if (tlsKeystore != null) {
      flags.put("tls.keystore", tlsKeystore);
    }
    ServerConfig config = data.load(flags);
    ServerCli.useLogDirectory(config.dataDir());
    ServerContext context = ServerContext.open(config, new SecureRandom(), Clock.systemUTC());
    DepderServer server;
    try {
      server = DepderServer.start(context);
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "depder-server-shutdown"));
    Console.printIdentity(out, context);
    out.println("HTTPS:                       " + config.host() + ":" + server.tlsPort());
    if (server.plainPort() >= 0) {
      out.println("Plain HTTP (loopback only):  " + config.host() + ":" + server.plainPort());
    }
    out.println("Depder server running; stop it with Ctrl+C or SIGTERM.");
    out.flush();
    stopped.await();
    return 0;
  }
}
