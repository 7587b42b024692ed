package org.depder.launch;

import java.util.Arrays;
import org.depder.app.AppHome;
import org.depder.launch.bench.BenchCommand;

/**
 * The jar's main class. It imports no JavaFX (an architecture rule): the JVM links {@link
 * DesktopMain} only when the desktop client is started, so {@code --version}, {@code bench}, {@code
 * server} and {@code admin} never load the UI toolkit (and the desktop never loads the server's
 * classes).
 */
public final class Launcher {
  static final String LOG_DIR_PROPERTY = "depder.log.dir";

  private Launcher() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit status; the desktop client returns when it closes. */
  /**
   * The server and its admin CLI, linked only here: the desktop never loads a server class. The
   * desktop package leaves the server's libraries out (installer/linux/desktop-excludes.txt), so
   * there the command says where the server comes from instead of failing with a stack trace.
   */
  private static int server(String command, String[] rest) {
    try {
      return command.equals("server")
          ? org.depder.server.cli.ServerCli.server(rest)
          : org.depder.server.cli.ServerCli.admin(rest);
    } catch (NoClassDefFoundError e) {
      System.err.println(
          "The central server is not part of the desktop package. Install the server package"
              + " (depder-server-VERSION.tar.gz, see docs/deployment.md) on the server machine.");
      return 2;
    }
  }

  static int run(String[] args) {
    if (args.length == 0) {
      useLogDirectory(AppHome.fromEnvironment());
      DesktopMain.main(args);
      return 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "--version":
      case "version":
        System.out.println(VersionInfo.current().describe());
        return 0;
      case "bench":
        useLogDirectory(AppHome.fromEnvironment());
        return new BenchCommand(System.out, System.err).run(rest);
      case "server":
      case "admin":
        return server(args[0], rest);
      case "--help":
      case "-h":
      case "help":
        System.out.println(usage());
        return 0;
      default:
        System.err.println("Unknown command: " + args[0]);
        System.err.println(usage());
        return 2;
    }
  }

  static String usage() {
    return String.join(
        System.lineSeparator(),
        "Usage:",
        "  java -jar depder.jar                 start the desktop application",
        "  java -jar depder.jar --version       print version and format versions",
        "  java -jar depder.jar bench <suite> [--runs N] [--records N] [--json FILE] [--launcher PATH]",
        "                                       run a benchmark suite ("
            + BenchCommand.suites()
            + ")",
        "                                       server suite: [--devices D] [--db JDBC_URL --db-user U]",
        "  java -jar depder.jar server [--data DIR] [--db JDBC_URL] [--port N] [--config FILE]",
        "                                       run the central server (see docs/deployment.md)",
        "  java -jar depder.jar admin [--data DIR] [--db JDBC_URL] <init|enrol-device|devices|revoke-device|audit>",
        "                                       administer the central server");
  }

  /** Sets the log directory before the first logger exists; an explicit -D setting wins. */
  static void useLogDirectory(AppHome home) {
    if (System.getProperty(LOG_DIR_PROPERTY) == null) {
      System.setProperty(LOG_DIR_PROPERTY, home.logDir().toString());
    }
  }
}
