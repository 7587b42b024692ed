package org.depder.server.core;

import java.util.List;
import java.util.Optional;

/** Server users, inside one transaction. */
public interface UserStore {
  /** Adds a user; a login already taken is refused with {@link ErrorCode#USER_EXISTS}. */
  void insert(ServerUser user);

  List<ServerUser> all();

  Optional<ServerUser> byLogin(String login);

  /** Disables an active user; false if there is none or it was disabled already. */
  boolean disable(String userId);
}
