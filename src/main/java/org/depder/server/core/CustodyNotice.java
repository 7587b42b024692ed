package org.depder.server.core;

import java.util.Objects;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * A former holder's side of a transfer: the device must receive the server's {@code transferring}
 * custody revision, and only after its receipt lists it, the {@code released} one that makes it
 * purge the entity.
 */
public record CustodyNotice(
    DeviceId device,
    String entityId,
    String transferringRevision,
    Optional<String> releasedRevision,
    State state) {
  public CustodyNotice {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(transferringRevision, "transferringRevision");
    Objects.requireNonNull(releasedRevision, "releasedRevision");
    Objects.requireNonNull(state, "state");
  }

  /** Stored as the lower-case name. */
  public enum State {
    TRANSFERRING,
    RELEASED,
    PURGED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static State ofCode(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public CustodyNotice released(String releasedRevision) {
    return new CustodyNotice(
        device, entityId, transferringRevision, Optional.of(releasedRevision), State.RELEASED);
  }

  public CustodyNotice purged() {
    return new CustodyNotice(
        device, entityId, transferringRevision, releasedRevision, State.PURGED);
  }
}
