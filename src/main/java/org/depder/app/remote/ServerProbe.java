package org.depder.app.remote;

import java.net.URI;
import java.util.Objects;

/**
 * What the client saw when it first reached a server, before enrolling: the user compares {@link
 * #fingerprintForReading()} with the fingerprint the administrator read out, and only then enrols.
 *
 * @param certificateSha256 lower-case hex SHA-256 of the server's TLS certificate
 * @param serverId the id the server gave in its health answer
 */
public record ServerProbe(URI address, String certificateSha256, String serverId) {
  public ServerProbe {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(certificateSha256, "certificateSha256");
    Objects.requireNonNull(serverId, "serverId");
  }

  /** {@code AB:CD:...}, 32 pairs, as the server prints it at start and in {@code admin init}. */
  public String fingerprintForReading() {
    return CertificatePin.forReading(certificateSha256);
  }
}
