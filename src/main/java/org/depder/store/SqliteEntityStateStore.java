package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code entity_state} table (vault format 3): the conflict index the lists read instead of
 * merging every entity, and custody, whose {@code purged} rows are the tombstones of entities
 * removed from this device because they were transferred away (need to know). The store only keeps
 * what the replication layer computed; it does no merging.
 */
public final class SqliteEntityStateStore {
  private static final String COLUMNS =
      "SELECT entity_id, entity_type, conflict_fields, conflict_since, custody, updated_at"
          + " FROM entity_state";

  private final VaultDatabase vault;
  private final Clock clock;

  public SqliteEntityStateStore(VaultDatabase vault, Clock clock) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Optional<EntityState> find(UUID entityId) {
    String id = ReplicationValues.text(entityId);
    return vault.read(c -> query(c, COLUMNS + " WHERE entity_id = ?", id).stream().findFirst());
  }

  /**
   * Records how many fields of the entity are in conflict now (0: none) and since when.
   *
   * @return how many fields were in conflict before (0 when none or unknown)
   */
  public int recordConflicts(
      String entityType, UUID entityId, int conflictFields, OptionalLong since) {
    ReplicationValues.entityType(entityType);
    String id = ReplicationValues.text(entityId);
    if (conflictFields < 0) {
      throw new IllegalArgumentException("negative conflict count");
    }
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          List<EntityState> before = query(c, COLUMNS + " WHERE entity_id = ?", id);
          int previous = before.isEmpty() ? 0 : before.get(0).conflictFields();
          if (before.isEmpty() && conflictFields == 0) {
            return 0;
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO entity_state (entity_id, entity_type, conflict_fields,"
                      + " conflict_since, updated_at) VALUES (?, ?, ?, ?, ?)"
                      + " ON CONFLICT (entity_id) DO UPDATE SET conflict_fields ="
                      + " excluded.conflict_fields, conflict_since = excluded.conflict_since,"
                      + " updated_at = excluded.updated_at")) {
            st.setString(1, id);
            st.setString(2, entityType);
            st.setInt(3, conflictFields);
            if (conflictFields > 0 && since.isPresent()) {
              st.setLong(4, since.getAsLong());
            } else {
              st.setNull(4, java.sql.Types.INTEGER);
            }
            st.setLong(5, now);
            st.executeUpdate();
          }
          return previous;
        });
  }

  /** Entities held here with open conflicts, oldest conflict first. */
  public List<EntityState> conflicts() {
    return vault.read(
        c ->
            query(
                c,
                COLUMNS
                    + " WHERE conflict_fields > 0 AND custody <> 'purged'"
                    + " ORDER BY conflict_since, entity_id"));
  }

  /** Ids of the entities of one type with open conflicts. */
  public Set<UUID> conflicted(String entityType) {
    ReplicationValues.entityType(entityType);
    return vault.read(
        c -> {
          Set<UUID> ids = new LinkedHashSet<>();
          for (EntityState s :
              query(
                  c,
                  COLUMNS
                      + " WHERE entity_type = ? AND conflict_fields > 0 AND custody <> 'purged'"
                      + " ORDER BY entity_id",
                  entityType)) {
            ids.add(s.entityId());
          }
          return java.util.Collections.unmodifiableSet(ids);
        });
  }

  /** Entities transferred away whose purge waits for their local revisions to be acknowledged. */
  public List<EntityState> deferredPurges() {
    return vault.read(
        c -> query(c, COLUMNS + " WHERE custody = ? ORDER BY entity_id", "purge_deferred"));
  }

  /**
   * Removes an entity from this device in one transaction: its revisions, its (acknowledged) outbox
   * rows and the read-model records {@code recordIds} (their blind-index rows cascade), leaving a
   * {@code purged} tombstone. If any local revision of it is not acknowledged yet, nothing is
   * deleted and the entity is marked {@code purge_deferred} instead: a purge never loses work that
   * only this device has.
   */
  public PurgeOutcome purge(String entityType, UUID entityId, Collection<String> recordIds) {
    ReplicationValues.entityType(entityType);
    String id = ReplicationValues.text(entityId);
    List<String> records = List.copyOf(recordIds);
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          if (unacknowledged(c, id) > 0) {
            setCustody(c, entityType, id, EntityState.Custody.PURGE_DEFERRED, now);
            return PurgeOutcome.DEFERRED;
          }
          delete(c, "DELETE FROM outbox WHERE entity_id = ?", List.of(id));
          delete(c, "DELETE FROM revisions WHERE entity_id = ?", List.of(id));
          delete(c, "DELETE FROM records WHERE id = ?", records);
          setCustody(c, entityType, id, EntityState.Custody.PURGED, now);
          return PurgeOutcome.PURGED;
        });
  }

  private static int unacknowledged(Connection c, String entityId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT count(*) FROM outbox WHERE entity_id = ? AND state <> 'acknowledged'")) {
      st.setString(1, entityId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static void delete(Connection c, String sql, List<String> ids) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (String id : ids) {
        st.setString(1, id);
        st.executeUpdate();
      }
    }
  }

  private static void setCustody(
      Connection c, String entityType, String entityId, EntityState.Custody custody, long now)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO entity_state (entity_id, entity_type, custody, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (entity_id) DO UPDATE SET custody ="
                + " excluded.custody, updated_at = excluded.updated_at,"
                + " conflict_fields = CASE excluded.custody WHEN 'purged' THEN 0"
                + " ELSE conflict_fields END,"
                + " conflict_since = CASE excluded.custody WHEN 'purged' THEN NULL"
                + " ELSE conflict_since END")) {
      st.setString(1, entityId);
      st.setString(2, entityType);
      st.setString(3, custody.code());
      st.setLong(4, now);
      st.executeUpdate();
    }
  }

  private static List<EntityState> query(Connection c, String sql, String... parameters)
      throws SQLException {
    List<EntityState> states = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        st.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          long since = rs.getLong(4);
          OptionalLong conflictSince = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(since);
          states.add(
              new EntityState(
                  UUID.fromString(rs.getString(1)),
                  rs.getString(2),
                  rs.getInt(3),
                  conflictSince,
                  EntityState.Custody.fromCode(rs.getString(5)),
                  rs.getLong(6)));
        }
      }
    }
    return List.copyOf(states);
  }
}
