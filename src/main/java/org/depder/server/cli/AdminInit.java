package org.depder.server.cli;

import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code admin init}: creates keys, certificate and schema if missing; prints the identity. */
@Command(name = "init", description = "Create the server's keys, TLS certificate and database.")
final class AdminInit implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @Override
  public Integer call() {
    try (ServerContext context = admin.open(true)) {
      Console.printIdentity(admin.out, context);
      admin.out.println(
          "Data directory:              " + context.config().dataDir().toAbsolutePath());
      admin.out.println("The server is initialised.");
    }
    return 0;
  }
}
