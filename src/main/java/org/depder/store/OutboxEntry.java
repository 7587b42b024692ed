package org.depder.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One outbox row: ids, state and counters only.
 *
 * @param attempts delivery attempts so far: each bundle the revision went into, plus each failure
 *     reported before it reached a bundle
 * @param lastErrorCode the reason code of the last failure, if the row is {@code FAILED} or was
 * @param bundleId the last bundle that carried the revision
 * @param bundleSeq that bundle's sequence number
 */
public record OutboxEntry(
    UUID revisionId,
    UUID entityId,
    OutboxState state,
    int attempts,
    Optional<String> lastErrorCode,
    Optional<UUID> bundleId,
    OptionalLong bundleSeq,
    long enqueuedAt,
    long updatedAt) {
  public OutboxEntry {
    Objects.requireNonNull(revisionId, "revisionId");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastErrorCode, "lastErrorCode");
    Objects.requireNonNull(bundleId, "bundleId");
    Objects.requireNonNull(bundleSeq, "bundleSeq");
  }
}
