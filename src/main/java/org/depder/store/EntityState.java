package org.depder.store;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What this device records about one replicated entity besides its revisions (vault format 3): how
 * many fields are in conflict and whether the entity is still held here. Ids, counts and codes
 * only.
 *
 * @param conflictFields fields in conflict; 0 when none
 * @param conflictSince physical time (epoch millis) of the oldest conflicting write, if any
 */
public record EntityState(
    UUID entityId,
    String entityType,
    int conflictFields,
    OptionalLong conflictSince,
    Custody custody,
    long updatedAt) {

  public EntityState {
    Objects.requireNonNull(entityId, "entityId");
    ReplicationValues.entityType(entityType);
    Objects.requireNonNull(conflictSince, "conflictSince");
    Objects.requireNonNull(custody, "custody");
    if (conflictFields < 0) {
      throw new IllegalArgumentException("negative conflict count");
    }
  }

  /** Whether the entity is on this device, to be purged, or gone. Stored by its code. */
  public enum Custody {
    HELD("held"),
    /** Transferred away, but local revisions of it still wait for a receipt. */
    PURGE_DEFERRED("purge_deferred"),
    /** Removed from this device; the row stays as a tombstone (ids only). */
    PURGED("purged");

    private final String code;

    Custody(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Custody fromCode(String code) {
      for (Custody custody : values()) {
        if (custody.code.equals(code)) {
          return custody;
        }
      }
      throw new IllegalArgumentException("unknown custody code");
    }
  }
}
