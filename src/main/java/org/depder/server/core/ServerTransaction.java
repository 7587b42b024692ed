package org.depder.server.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * What a service may read and write inside one {@link ServerStore#transaction}. Writers are
 * serialised by the database (SQLite: immediate transactions; PostgreSQL: the audit head row lock),
 * so check-then-write sequences such as "code unused → mark used" are safe across server nodes.
 */
public interface ServerTransaction {
  void insertCode(EnrolmentCodeRecord code);

  Optional<EnrolmentCodeRecord> codeByHash(String codeHash);

  /** Marks an unused code as used; false if it was used meanwhile. */
  boolean markCodeUsed(String codeId, Instant at, DeviceId device);

  /** Registers a device enrolled with the code {@code enrolmentCodeId}. */
  void insertDevice(Device device, String enrolmentCodeId);

  Optional<Device> device(DeviceId id);

  /** All devices, ordered by enrolment time. */
  List<Device> devices();

  /** Revokes an active device; false if it was not active. */
  boolean revokeDevice(DeviceId id, Instant at);

  /** Appends to the hash chain and returns the row as stored. */
  AuditEntry appendAudit(Instant at, AuditEvent event);

  /** The whole trail in sequence order. */
  List<AuditEntry> audit();

  /** Bundles and revisions, in this same transaction. */
  IngestLedger ingest();

  /** Resumable uploads, in this same transaction. */
  UploadStore uploads();

  /** Distribution by need to know and the outbound streams, in this same transaction. */
  DistributionStore distribution();

  /** Signed reference data, in this same transaction. */
  ReferenceStore reference();

  /** Server users, in this same transaction. */
  UserStore users();
}
