package org.depder.server.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * A stored one-time enrolment code: only the SHA-256 of the normalised code is kept, so a copy of
 * the database cannot enrol a device.
 */
public record EnrolmentCodeRecord(
    String id,
    String codeHash,
    DeviceRole role,
    String post,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> usedAt,
    Optional<DeviceId> usedBy) {
  public EnrolmentCodeRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(codeHash, "codeHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(usedAt, "usedAt");
    Objects.requireNonNull(usedBy, "usedBy");
  }

  public boolean used() {
    return usedAt.isPresent();
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
