package org.depder.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The vault's revisions: immutable, inserted at most once per id, sealed with associated data
 * binding them to their id, entity, time and device ({@code revisions|id|type|entity|hlc|device}).
 * The store knows nothing of signatures or merging; it keeps the signed bytes the sync layer gives
 * it and hands them back.
 */
public final class SqliteRevisionStore {
  private final VaultDatabase vault;
  private final RevisionRows rows;
  private final Clock clock;

  public SqliteRevisionStore(VaultDatabase vault, PayloadSealer sealer, Clock clock) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.rows = new RevisionRows(Objects.requireNonNull(sealer, "sealer"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Inserts one revision unless its id is already stored; durable when it returns. */
  public InsertOutcome insert(RevisionEntry revision, RevisionOrigin origin) {
    return insertAll(List.of(revision), origin).get(0);
  }

  /**
   * Inserts every revision in one transaction (one fsync for the batch, prepared statements): all
   * are written or, if anything fails, none. Ids already stored are not written again; their
   * outcomes say whether the content was the same.
   *
   * @return one outcome per revision, in order
   */
  public List<InsertOutcome> insertAll(List<RevisionEntry> revisions, RevisionOrigin origin) {
    Objects.requireNonNull(origin, "origin");
    List<RevisionRows.Sealed> sealed = rows.seal(revisions);
    long now = clock.millis();
    return vault.inTransaction(c -> List.copyOf(rows.insertAll(c, sealed, origin, now)));
  }

  public Optional<StoredRevision> find(UUID revisionId) {
    Objects.requireNonNull(revisionId, "revisionId");
    return vault.read(c -> rows.find(c, revisionId));
  }

  /** Every revision of one entity, in hybrid-logical-time order (ties by revision id). */
  public List<StoredRevision> revisionsOf(UUID entityId) {
    String id = ReplicationValues.text(entityId);
    return vault.read(
        c ->
            List.copyOf(
                rows.query(
                    c,
                    RevisionRows.COLUMNS + " WHERE entity_id = ? ORDER BY hlc, revision_id",
                    id)));
  }

  /** The ids of the entities of one type that have revisions, in id order. */
  public List<UUID> entityIds(String entityType) {
    ReplicationValues.entityType(entityType);
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT DISTINCT entity_id FROM revisions WHERE entity_type = ?"
                      + " ORDER BY entity_id")) {
            st.setString(1, entityType);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                ids.add(UUID.fromString(rs.getString(1)));
              }
            }
            return List.copyOf(ids);
          }
        });
  }

  /**
   * The greatest hybrid logical time of the revisions signed by {@code deviceId}, in its text form
   * (which sorts in time order): where a restarted clock must resume even if its last reading was
   * not saved.
   */
  public Optional<String> latestHlc(String deviceId) {
    ReplicationValues.deviceId(deviceId);
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT max(hlc) FROM revisions WHERE device_id = ?")) {
            st.setString(1, deviceId);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** How many revisions the vault holds. */
  public long count() {
    return vault.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM revisions");
              ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
          }
        });
  }
}
