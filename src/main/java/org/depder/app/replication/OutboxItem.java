package org.depder.app.replication;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One unacknowledged revision as the sync screen lists it: no field values, only what it is and
 * where it stands.
 *
 * @param entityType type code of the changed entity (the screen translates {@code
 *     sync.entity.<type>})
 * @param reasonCode the last failure's code, if the last attempt failed (translated as {@code
 *     sync.reason.<code>})
 */
public record OutboxItem(
    UUID revisionId,
    String entityType,
    State state,
    int attempts,
    Optional<String> reasonCode,
    Instant queuedAt) {

  /** Where the item stands; acknowledged items are no longer listed. */
  public enum State {
    PENDING,
    SENT,
    FAILED
  }
}
