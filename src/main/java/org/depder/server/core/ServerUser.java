package org.depder.server.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's account on the server, with a role from the domain (the client's role codes) and a
 * post. {@code login} is an administrative handle chosen by the administrator, not a name; the
 * audit trail records only {@code id}.
 */
public record ServerUser(
    String id, String login, DeviceRole role, String post, boolean active, Instant createdAt) {
  public ServerUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return "ServerUser[" + id + ", " + role.code() + ", active=" + active + "]";
  }
}
