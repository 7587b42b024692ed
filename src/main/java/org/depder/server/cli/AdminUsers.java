package org.depder.server.cli;

import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.admin.UserAdmin;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ServerUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin users add|list|disable}: server users and their roles. */
@Command(
    name = "users",
    description = "Manage server users and their roles.",
    subcommands = {AdminUsers.Add.class, AdminUsers.ListUsers.class, AdminUsers.Disable.class})
final class AdminUsers implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** {@code admin users} alone: show the subcommands. */
  @Override
  public Integer call() {
    spec.commandLine().usage(admin.out);
    return 2;
  }

  UserAdmin users(ServerContext context) {
    return new UserAdmin(context.store(), context.random(), context.clock());
  }

  @Command(name = "add", description = "Add a user with a role and a post.")
  static final class Add implements Callable<Integer> {
    @ParentCommand AdminUsers parent;

    @Option(names = "--login", required = true, paramLabel = "LOGIN")
    String login;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "screener, social_worker, consular_officer, coordinator or device_admin")
    String role;

    @Option(names = "--post", required = true, paramLabel = "POST")
    String post;

    @Override
    public Integer call() {
      DeviceRole parsed = DeviceRole.parse(role);
      try (ServerContext context = parent.admin.open(false)) {
        ServerUser user = parent.users(context).add(login, parsed, post);
        parent.admin.out.println("User " + user.login() + " added (" + user.id() + ").");
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List users.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand AdminUsers parent;

    @Override
    public Integer call() {
      try (ServerContext context = parent.admin.open(false)) {
        for (ServerUser u : parent.users(context).list()) {
          parent.admin.out.println(
              String.format(
                  "%-20s %-18s %-17s %-10s %s",
                  u.login(),
                  u.id(),
                  u.role().code(),
                  u.post(),
                  u.active() ? "active" : "disabled"));
        }
      }
      return 0;
    }
  }

  @Command(name = "disable", description = "Disable a user.")
  static final class Disable implements Callable<Integer> {
    @ParentCommand AdminUsers parent;

    @Option(names = "--login", required = true, paramLabel = "LOGIN")
    String login;

    @Override
    public Integer call() {
      try (ServerContext context = parent.admin.open(false)) {
        boolean changed = parent.users(context).disable(login);
        parent.admin.out.println(
            changed ? "User " + login + " disabled." : "User " + login + " was already disabled.");
      }
      return 0;
    }
  }
}
