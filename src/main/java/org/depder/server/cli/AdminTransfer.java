package org.depder.server.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.admin.AdminService;
import org.depder.server.core.Holder;
import org.depder.sync.revision.DeviceId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin transfer --entity ID (--to-post P | --to-device D)}: moves a case's custody. */
@Command(
    name = "transfer",
    description = "Transfer entities to another post or device; former holders purge them.")
final class AdminTransfer implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @Option(
      names = "--entity",
      required = true,
      paramLabel = "ID",
      description = "entity id (uuid); repeat for a case and the entities that belong to it")
  List<String> entities;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--to-post", paramLabel = "POST", description = "the new holder post")
    String post;

    @Option(names = "--to-device", paramLabel = "DEVICE_ID", description = "the new holder device")
    String device;
  }

  @Override
  public Integer call() {
    Holder to;
    try {
      to =
          target.post != null
              ? Holder.post(target.post)
              : Holder.device(new DeviceId(target.device.strip().toLowerCase(Locale.ROOT)));
      entities.forEach(java.util.UUID::fromString);
    } catch (IllegalArgumentException e) {
      admin.out.println("Entity ids are uuids and devices are 32 hexadecimal digits.");
      return 2;
    }
    try (ServerContext context = admin.open(false)) {
      for (String entity : entities) {
        String id = entity.toLowerCase(Locale.ROOT);
        int former = context.custody().transfer(id, to, AdminService.ACTOR);
        admin.out.println(
            "Entity " + id + " now held by " + to.wire() + "; " + former + " device(s) to purge.");
      }
    }
    return 0;
  }
}
