package org.depder.server.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.ServerUser;

/**
 * Server users and their roles (the client's role codes). The audit trail names users by their
 * random id, never by login: a login is often built from a person's name.
 */
public final class UserAdmin {
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final Pattern POST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final ServerStore store;
  private final SecureRandom random;
  private final Clock clock;

  public UserAdmin(ServerStore store, SecureRandom random, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ServerUser add(String login, DeviceRole role, String post) {
    if (!LOGIN.matcher(login).matches() || !POST.matcher(post).matches()) {
      throw new ServerException(
          ErrorCode.BAD_REQUEST, "login: lower-case letters and digits; post: a code");
    }
    byte[] id = new byte[8];
    random.nextBytes(id);
    Instant now = clock.instant();
    ServerUser user =
        new ServerUser("u-" + HexFormat.of().formatHex(id), login, role, post, true, now);
    return store.transaction(
        tx -> {
          tx.users().insert(user);
          tx.appendAudit(
              now,
              new AuditEvent(
                  AdminService.ACTOR,
                  "user.added",
                  user.id(),
                  "role=" + role.code() + " post=" + post));
          return user;
        });
  }

  public List<ServerUser> list() {
    return store.transaction(tx -> tx.users().all());
  }

  /** Disables the user with {@code login}; false if it was disabled already. */
  public boolean disable(String login) {
    Instant now = clock.instant();
    return store.transaction(
        tx -> {
          ServerUser user =
              tx.users()
                  .byLogin(login)
                  .orElseThrow(() -> new ServerException(ErrorCode.USER_UNKNOWN));
          if (!tx.users().disable(user.id())) {
            return false;
          }
          tx.appendAudit(now, new AuditEvent(AdminService.ACTOR, "user.disabled", user.id(), ""));
          return true;
        });
  }
}
