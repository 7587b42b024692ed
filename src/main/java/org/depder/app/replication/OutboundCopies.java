package org.depder.app.replication;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.store.RecordEnvelope;
import org.depder.store.SqliteRecordRepository;
import org.depder.store.SyncState;

/**
 * The exact bytes of every bundle this vault wrote that has no receipt yet, kept so that a lost
 * file can be written again with the same seq (docs/sync-usb.md section 2). A receiver holds every
 * later bundle until the missing seq arrives, so re-sending old items under a new seq would never
 * unblock it; only the same bundle can.
 *
 * <p>Kept as sealed records in the vault's generic {@code records} table (entity type {@value
 * #ENTITY_TYPE}, id = bundle id, revision = seq), so no vault format change was needed. The bundle
 * is already encrypted to its recipient; the vault key seals it once more like every record.
 */
final class OutboundCopies {
  static final String ENTITY_TYPE = "outbound_bundle";

  /**
   * The largest bundle file that can be kept: records hold at most 16 MiB of payload ({@code
   * PayloadCodec}). The exporter makes smaller bundles rather than one it could not keep.
   */
  static final int MAX_BYTES = 15 * 1024 * 1024;

  private static final int SCHEMA_VERSION = 1;
  private static final String NO_HLC = "0";

  private final SqliteRecordRepository records;

  OutboundCopies(SqliteRecordRepository records) {
    this.records = Objects.requireNonNull(records, "records");
  }

  /** Keeps {@code bytes}, the whole bundle file {@code bundleId} with number {@code seq}. */
  void keep(UUID bundleId, long seq, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("bundle too large to keep");
    }
    records.save(
        new RecordEnvelope(
            bundleId.toString(),
            ENTITY_TYPE,
            seq,
            SCHEMA_VERSION,
            SyncState.PENDING,
            NO_HLC,
            bytes,
            List.of()));
  }

  /** The ids of every kept bundle. */
  Set<UUID> ids() {
    Set<UUID> ids = new HashSet<>();
    for (String id : records.findIds(ENTITY_TYPE)) {
      ids.add(UUID.fromString(id));
    }
    return ids;
  }

  /** The kept bytes of bundle {@code bundleId}, if any. */
  Optional<byte[]> find(UUID bundleId) {
    return records
        .find(bundleId.toString())
        .filter(r -> r.entityType().equals(ENTITY_TYPE))
        .map(RecordEnvelope::payload);
  }

  /** Forgets bundle {@code bundleId}: its receipt came, or it never left the device. */
  void forget(UUID bundleId) {
    String id = bundleId.toString();
    if (records.findIds(ENTITY_TYPE).contains(id)) {
      records.delete(id);
    }
  }

  /**
   * Deletes every kept bundle not in {@code unacknowledged}: one whose receipt was applied while
   * deleting its copy failed, or one kept for a write that did not complete (crash before the
   * bundle was recorded).
   *
   * @return how many were deleted
   */
  int retainOnly(Set<UUID> unacknowledged) {
    int deleted = 0;
    for (String id : records.findIds(ENTITY_TYPE)) {
      if (!unacknowledged.contains(UUID.fromString(id)) && records.delete(id)) {
        deleted++;
      }
    }
    return deleted;
  }
}
