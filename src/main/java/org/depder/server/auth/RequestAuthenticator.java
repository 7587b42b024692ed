package org.depder.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.depder.crypto.Ed25519;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;

/**
 * Decides whether a signed request comes from an active enrolled device: known device, clock within
 * {@link #MAX_SKEW}, signature by its registered key, not revoked. A revoked device is refused with
 * {@code device_revoked} (which tells it to wipe its data) only after its signature verified, so
 * nobody can make the server audit contacts of a device they do not hold; such contacts are
 * audited.
 *
 * <p>There is no nonce store: a captured request could be replayed within the skew window, which is
 * why every authenticated operation is idempotent (bundle sequence numbers, revision ids) and runs
 * inside TLS.
 */
public final class RequestAuthenticator implements DeviceAuthentication {
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final ServerStore store;
  private final Clock clock;

  public RequestAuthenticator(ServerStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Device authenticate(SignedRequest request) {
    Device device =
        store
            .transaction(tx -> tx.device(request.device()))
            .orElseThrow(() -> new ServerException(ErrorCode.DEVICE_UNKNOWN));
    Instant now = clock.instant();
    Instant signedAt = Instant.ofEpochSecond(request.timestamp());
    if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
      throw new ServerException(ErrorCode.REQUEST_EXPIRED);
    }
    if (request.nonce().length() < 16 || request.nonce().length() > 64) {
      throw new ServerException(ErrorCode.BAD_SIGNATURE, "nonce length");
    }
    if (!Ed25519.verify(device.keys().signing(), request.signingInput(), request.signature())) {
      throw new ServerException(ErrorCode.BAD_SIGNATURE);
    }
    if (!device.active()) {
      store.transaction(
          tx ->
              tx.appendAudit(
                  now,
                  new AuditEvent(
                      device.id().value(),
                      "device.refused_revoked",
                      device.id().value(),
                      request.method() + " " + pathOnly(request.pathAndQuery()))));
      throw new ServerException(ErrorCode.DEVICE_REVOKED);
    }
    return device;
  }

  private static String pathOnly(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
  }
}
