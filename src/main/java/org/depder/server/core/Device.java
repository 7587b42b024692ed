package org.depder.server.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * An enrolled laptop as the server knows it: its two public keys, what it is for and where. The id
 * is derived from the signing key, so it cannot be chosen by the device.
 *
 * @param post the post or region the device serves (an administrative code, not personal data)
 */
public record Device(
    DeviceId id,
    PublicKeys keys,
    DeviceRole role,
    String post,
    DeviceStatus status,
    Instant enrolledAt,
    Optional<Instant> revokedAt) {
  public Device {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    if (!id.equals(DeviceId.ofSigningKey(keys.signing()))) {
      throw new IllegalArgumentException("device id does not match its signing key");
    }
  }

  public boolean active() {
    return status == DeviceStatus.ACTIVE;
  }
}
