package org.depder.app.remote;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * This laptop's enrolment with the central server: where it is, which certificate to accept, and
 * what the server registered the device as. Kept sealed in the vault (format {@value
 * ServerLinkStore#FORMAT}), so a stolen laptop does not even say which server it talks to.
 *
 * @param certificateSha256 the pinned TLS certificate (lower-case hex)
 * @param serverId the server's id, also its pinned peer id for bundles and receipts
 * @param deviceId this device's id as the server registered it
 * @param role the role code the enrolment code carried
 * @param post the post or region code the enrolment code carried
 * @param autoSync whether to sync by itself whenever the server is reachable
 */
public record ServerLink(
    URI address,
    String certificateSha256,
    String serverId,
    String deviceId,
    String role,
    String post,
    Instant enrolledAt,
    boolean autoSync) {
  public ServerLink {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(certificateSha256, "certificateSha256");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
  }

  public ServerLink withAutoSync(boolean enabled) {
    return new ServerLink(
        address, certificateSha256, serverId, deviceId, role, post, enrolledAt, enabled);
  }

  /** The pinned fingerprint for reading, as in {@link ServerProbe#fingerprintForReading()}. */
  public String fingerprintForReading() {
    return CertificatePin.forReading(certificateSha256);
  }
}
