package org.depder.server.enrol;

import java.util.Objects;
import org.depder.server.core.PublicKeys;
import org.depder.sync.revision.DeviceId;

/** What a device learns about the server at enrolment and pins from then on. */
public record ServerIdentity(DeviceId id, PublicKeys keys, String tlsCertificateSha256) {
  public ServerIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(tlsCertificateSha256, "tlsCertificateSha256");
  }
}
