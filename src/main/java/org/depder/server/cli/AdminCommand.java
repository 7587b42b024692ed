package org.depder.server.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.depder.server.ServerContext;
import org.depder.server.config.ServerConfig;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.keys.ServerKeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code depder.jar admin}: server administration against the same data directory and database a
 * server node uses (it may run meanwhile).
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Administer the Depder central server.",
    subcommands = {
      AdminInit.class,
      AdminEnrolDevice.class,
      AdminDevices.class,
      AdminRevokeDevice.class,
      AdminAudit.class,
      AdminTransfer.class,
      AdminImportBundle.class,
      AdminPublishReference.class,
      AdminUsers.class
    })
final class AdminCommand {
  @Mixin DataOptions data = new DataOptions();

  final PrintStream out;
  final Clock clock;

  AdminCommand(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Opens the server context; unless {@code create}, the server must have been initialised. */
  ServerContext open(boolean create) {
    ServerConfig config = data.load(Map.of());
    if (!create && !Files.exists(config.dataDir().resolve(ServerKeyFile.FILE_NAME))) {
      throw new ServerException(
          ErrorCode.KEY_FILE, "no server in " + config.dataDir() + "; run 'admin init' first");
    }
    ServerCli.useLogDirectory(config.dataDir());
    return ServerContext.open(config, new SecureRandom(), clock);
  }
}
