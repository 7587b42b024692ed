package org.depder.server.enrol;

import java.time.Instant;
import java.util.Objects;
import org.depder.server.core.DeviceRole;
import org.depder.sync.revision.DeviceId;

/** A successful enrolment: the device's id, role and post, and the server's identity to pin. */
public record EnrolmentGrant(
    DeviceId deviceId, DeviceRole role, String post, Instant enrolledAt, ServerIdentity server) {
  public EnrolmentGrant {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
    Objects.requireNonNull(server, "server");
  }
}
