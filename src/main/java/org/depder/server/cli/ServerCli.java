package org.depder.server.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.depder.server.config.ConfigException;
import org.depder.server.core.ServerException;
import picocli.CommandLine;

/**
 * Entry points for {@code depder.jar server ...} and {@code depder.jar admin ...}, called by the
 * launcher. Errors print one line (the error code and a safe detail) and give exit status 1; usage
 * errors give 2.
 */
public final class ServerCli {
  static final String LOG_DIR_PROPERTY = "depder.log.dir";

  private ServerCli() {}

  public static int server(String[] args) {
    return server(args, System.out, System.err);
  }

  public static int admin(String[] args) {
    return admin(args, System.out, System.err, Clock.systemUTC());
  }

  static int server(String[] args, PrintStream out, PrintStream err) {
    return run(new CommandLine(new ServerCommand(out)), args, out, err);
  }

  static int admin(String[] args, PrintStream out, PrintStream err, Clock clock) {
    return run(new CommandLine(new AdminCommand(out, clock)), args, out, err);
  }

  private static int run(CommandLine cli, String[] args, PrintStream out, PrintStream err) {
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ServerException || e instanceof ConfigException) {
            err.println("Error: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli.execute(args);
  }

  /** Logs go to DIR/logs unless -Ddepder.log.dir says otherwise; set before the first logger. */
  static void useLogDirectory(Path dataDir) {
    if (System.getProperty(LOG_DIR_PROPERTY) == null) {
      System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toAbsolutePath().toString());
    }
  }
}
