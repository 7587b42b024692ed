package org.depder.server.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.depder.server.core.AuditChain;
import org.depder.server.core.AuditEntry;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.EnrolmentCodeRecord;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.enrol.EnrolmentCode;
import org.depder.sync.revision.DeviceId;

/**
 * What the administrator does from the command line: issue enrolment codes, list and revoke
 * devices, read and verify the audit trail. Every change is audited in the same transaction.
 */
public final class AdminService {
  public static final String ACTOR = "admin-cli";
  public static final Duration MAX_VALIDITY = Duration.ofDays(30);

  private final ServerStore store;
  private final SecureRandom random;
  private final Clock clock;

  public AdminService(ServerStore store, SecureRandom random, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records the server's first initialisation in an empty audit trail; later calls do nothing. */
  public void recordInitialisation(DeviceId serverId) {
    store.transaction(
        tx -> {
          if (tx.audit().isEmpty()) {
            tx.appendAudit(
                clock.instant(),
                new AuditEvent(ACTOR, "server.initialised", serverId.value(), "keys=v1"));
          }
          return null;
        });
  }

  public IssuedCode issueCode(DeviceRole role, String post, Duration validFor) {
    if (!post.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "post must be a code of letters and digits");
    }
    if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "validity must be between 1 s and 30 days");
    }
    String code = EnrolmentCode.generate(random);
    byte[] idBytes = new byte[8];
    random.nextBytes(idBytes);
    String codeId = "ec-" + HexFormat.of().formatHex(idBytes);
    Instant now = clock.instant();
    Instant expires = now.plus(validFor);
    String hash = EnrolmentCode.hash(EnrolmentCode.normalise(code).orElseThrow());
    store.transaction(
        tx -> {
          tx.insertCode(
              new EnrolmentCodeRecord(
                  codeId, hash, role, post, now, expires, Optional.empty(), Optional.empty()));
          tx.appendAudit(
              now,
              new AuditEvent(
                  ACTOR,
                  "enrolment_code.issued",
                  codeId,
                  "role=" + role.code() + " post=" + post + " expires=" + expires));
          return null;
        });
    return new IssuedCode(codeId, code, role, post, expires);
  }

  public List<Device> devices() {
    return store.transaction(tx -> tx.devices());
  }

  /** Revokes a device; false if it was already revoked. Unknown ids are refused. */
  public boolean revoke(DeviceId id) {
    Instant now = clock.instant();
    return store.transaction(
        tx -> {
          if (tx.device(id).isEmpty()) {
            throw new ServerException(ErrorCode.DEVICE_UNKNOWN);
          }
          if (!tx.revokeDevice(id, now)) {
            return false;
          }
          tx.appendAudit(now, new AuditEvent(ACTOR, "device.revoked", id.value(), ""));
          return true;
        });
  }

  public AuditReport audit() {
    List<AuditEntry> entries = store.transaction(tx -> tx.audit());
    return new AuditReport(entries, AuditChain.verify(entries));
  }
}
