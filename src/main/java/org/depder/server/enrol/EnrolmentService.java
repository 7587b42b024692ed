package org.depder.server.enrol;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.depder.crypto.Ed25519;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.EnrolmentCodeRecord;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.sync.revision.DeviceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redeems a one-time code: checks the source's attempt limit, the code's form and the device's
 * proof of key possession without touching the database, then in one transaction finds the code by
 * its hash, refuses it if used or expired, marks it used, registers the device and appends the
 * enrolment to the audit trail.
 */
public final class EnrolmentService implements Enrolment {
  private static final Logger log = LoggerFactory.getLogger(EnrolmentService.class);

  private final ServerStore store;
  private final ServerIdentity server;
  private final AttemptLimiter limiter;
  private final Clock clock;

  public EnrolmentService(
      ServerStore store, ServerIdentity server, AttemptLimiter limiter, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.server = Objects.requireNonNull(server, "server");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public EnrolmentGrant enrol(EnrolRequest request, String source) {
    if (!limiter.allowed(source)) {
      throw new TooManyAttemptsException(limiter.retryAfterSeconds(source));
    }
    try {
      EnrolmentGrant grant = redeem(request);
      log.info("Device {} enrolled", grant.deviceId());
      return grant;
    } catch (ServerException e) {
      if (e.code() != ErrorCode.STORAGE && e.code() != ErrorCode.INTERNAL) {
        limiter.recordFailure(source);
        log.warn("Enrolment refused: {}", e.code().wire());
      }
      throw e;
    }
  }

  private EnrolmentGrant redeem(EnrolRequest request) {
    String normalised =
        EnrolmentCode.normalise(request.code())
            .orElseThrow(() -> new ServerException(ErrorCode.CODE_UNKNOWN));
    String codeHash = EnrolmentCode.hash(normalised);
    PublicKeys keys = request.keys();
    if (!Ed25519.verify(
        keys.signing(), EnrolRequest.proofMessage(codeHash, keys), request.proof())) {
      throw new ServerException(ErrorCode.BAD_PROOF);
    }
    DeviceId deviceId = DeviceId.ofSigningKey(keys.signing());
    if (deviceId.equals(server.id())) {
      throw new ServerException(ErrorCode.BAD_KEY, "the server's own key");
    }
    Instant now = clock.instant();
    return store.transaction(
        tx -> {
          EnrolmentCodeRecord code =
              tx.codeByHash(codeHash)
                  .orElseThrow(() -> new ServerException(ErrorCode.CODE_UNKNOWN));
          if (code.used()) {
            throw new ServerException(ErrorCode.CODE_USED);
          }
          if (code.expiredAt(now)) {
            throw new ServerException(ErrorCode.CODE_EXPIRED);
          }
          if (tx.device(deviceId).isPresent()) {
            throw new ServerException(ErrorCode.DEVICE_ALREADY_ENROLLED);
          }
          if (!tx.markCodeUsed(code.id(), now, deviceId)) {
            throw new ServerException(ErrorCode.CODE_USED);
          }
          Device device =
              new Device(
                  deviceId,
                  keys,
                  code.role(),
                  code.post(),
                  DeviceStatus.ACTIVE,
                  now,
                  Optional.empty());
          tx.insertDevice(device, code.id());
          tx.appendAudit(
              now,
              new AuditEvent(
                  deviceId.value(),
                  "device.enrolled",
                  deviceId.value(),
                  "role=" + code.role().code() + " post=" + code.post() + " code=" + code.id()));
          return new EnrolmentGrant(deviceId, code.role(), code.post(), now, server);
        });
  }
}
