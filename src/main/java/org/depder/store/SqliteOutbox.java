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
 * Local revisions on their way to the server. A row leaves only through {@link #acknowledge} (a
 * valid signed receipt listing it) followed by {@link #purgeAcknowledged}; sending, failing and
 * retrying only change its state and counters, so nothing is ever dropped by itself (the failure of
 * the peers in PEERS.md: stuck or silently emptied queues).
 */
public final class SqliteOutbox {
  private static final String COLUMNS =
      "SELECT revision_id, entity_id, state, attempts, last_error_code, bundle_id, bundle_seq,"
          + " enqueued_at, updated_at FROM outbox";
  private static final String NOT_ACKNOWLEDGED = " WHERE state <> 'acknowledged'";
  private static final String ORDER = " ORDER BY enqueued_at, revision_id";

  private final VaultDatabase vault;
  private final RevisionRows rows;
  private final Clock clock;

  public SqliteOutbox(VaultDatabase vault, PayloadSealer sealer, Clock clock) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.rows = new RevisionRows(Objects.requireNonNull(sealer, "sealer"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores revisions made on this device and queues them, in one transaction: a revision is never
   * stored without its outbox row. Only newly inserted revisions are queued; an id already stored
   * (a retried call) is not queued twice.
   *
   * @return one outcome per revision, in order
   */
  public List<InsertOutcome> enqueue(List<RevisionEntry> revisions) {
    List<RevisionRows.Sealed> sealed = rows.seal(revisions);
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          List<InsertOutcome> outcomes = rows.insertAll(c, sealed, RevisionOrigin.LOCAL, now);
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO outbox (revision_id, entity_id, state, attempts,"
                      + " enqueued_at, updated_at) VALUES (?, ?, 'pending', 0, ?, ?)")) {
            for (int i = 0; i < sealed.size(); i++) {
              if (outcomes.get(i) == InsertOutcome.INSERTED) {
                RevisionEntry e = sealed.get(i).entry();
                st.setString(1, e.revisionId().toString());
                st.setString(2, e.entityId().toString());
                st.setLong(3, now);
                st.setLong(4, now);
                st.executeUpdate();
              }
            }
          }
          return List.copyOf(outcomes);
        });
  }

  /** Every row not yet acknowledged, oldest first, with its state, attempts and last reason. */
  public List<OutboxEntry> pending() {
    return vault.read(c -> entries(c, COLUMNS + NOT_ACKNOWLEDGED + ORDER));
  }

  public Optional<OutboxEntry> find(UUID revisionId) {
    String id = ReplicationValues.text(revisionId);
    return vault.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement(COLUMNS + " WHERE revision_id = ?")) {
            st.setString(1, id);
            return entries(st).stream().findFirst();
          }
        });
  }

  /**
   * Rows went into bundle {@code bundleId} number {@code seq}; acknowledged rows are left alone.
   */
  public int markSent(Collection<UUID> revisionIds, UUID bundleId, long seq) {
    return vault.inTransaction(c -> markSent(c, revisionIds, bundleId, seq, clock.millis()));
  }

  /**
   * Records a valid receipt: the listed revisions are acknowledged. The caller verifies the
   * receipt's signature first; this is the only way a row reaches {@code ACKNOWLEDGED}.
   *
   * @return the ids acknowledged now (ids unknown here or acknowledged before are not in it)
   */
  public Set<UUID> acknowledge(Collection<UUID> receiptRevisionIds) {
    return vault.inTransaction(c -> acknowledge(c, receiptRevisionIds, clock.millis()));
  }

  /**
   * Records a failed attempt for rows not yet acknowledged: state {@code FAILED}, the reason code,
   * and one more attempt unless the row was {@code SENT} (its bundle already counted).
   */
  public int recordFailure(Collection<UUID> revisionIds, String reasonCode) {
    ReplicationValues.reasonCode(reasonCode);
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE outbox SET attempts = attempts + (CASE state WHEN 'sent' THEN 0 ELSE 1"
                      + " END), state = 'failed', last_error_code = ?, updated_at = ?"
                      + " WHERE revision_id = ? AND state <> 'acknowledged'")) {
            int changed = 0;
            for (UUID id : revisionIds) {
              st.setString(1, reasonCode);
              st.setLong(2, now);
              st.setString(3, ReplicationValues.text(id));
              changed += st.executeUpdate();
            }
            return changed;
          }
        });
  }

  /** Every unacknowledged row with its revision, opened, for export to an encrypted file. */
  public List<StuckItem> stuckItems() {
    return vault.read(
        c -> {
          List<StuckItem> items = new ArrayList<>();
          for (OutboxEntry entry : entries(c, COLUMNS + NOT_ACKNOWLEDGED + ORDER)) {
            StoredRevision revision =
                rows.find(c, entry.revisionId())
                    .orElseThrow(
                        () -> new RecordIntegrityException(entry.revisionId().toString(), null));
            items.add(new StuckItem(entry, revision));
          }
          return List.copyOf(items);
        });
  }

  /** Deletes acknowledged rows (the revisions stay). Unacknowledged rows are never deleted. */
  public int purgeAcknowledged() {
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("DELETE FROM outbox WHERE state = 'acknowledged'")) {
            return st.executeUpdate();
          }
        });
  }

  static int markSent(Connection c, Collection<UUID> revisionIds, UUID bundleId, long seq, long now)
      throws SQLException {
    Objects.requireNonNull(bundleId, "bundleId");
    if (seq < 1) {
      throw new IllegalArgumentException("outbound bundles are numbered from 1");
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE outbox SET state = 'sent', attempts = attempts + 1, bundle_id = ?,"
                + " bundle_seq = ?, updated_at = ? WHERE revision_id = ?"
                + " AND state <> 'acknowledged'")) {
      int changed = 0;
      for (UUID id : revisionIds) {
        st.setString(1, bundleId.toString());
        st.setLong(2, seq);
        st.setLong(3, now);
        st.setString(4, ReplicationValues.text(id));
        changed += st.executeUpdate();
      }
      return changed;
    }
  }

  static Set<UUID> acknowledge(Connection c, Collection<UUID> revisionIds, long now)
      throws SQLException {
    Set<UUID> acknowledged = new LinkedHashSet<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE outbox SET state = 'acknowledged', updated_at = ?"
                + " WHERE revision_id = ? AND state <> 'acknowledged'")) {
      for (UUID id : revisionIds) {
        st.setLong(1, now);
        st.setString(2, ReplicationValues.text(id));
        if (st.executeUpdate() == 1) {
          acknowledged.add(id);
        }
      }
    }
    return java.util.Collections.unmodifiableSet(acknowledged);
  }

  private static List<OutboxEntry> entries(Connection c, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      return entries(st);
    }
  }

  private static List<OutboxEntry> entries(PreparedStatement st) throws SQLException {
    List<OutboxEntry> entries = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String bundle = rs.getString(6);
        long seq = rs.getLong(7);
        OptionalLong bundleSeq = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
        entries.add(
            new OutboxEntry(
                UUID.fromString(rs.getString(1)),
                UUID.fromString(rs.getString(2)),
                OutboxState.fromCode(rs.getString(3)),
                rs.getInt(4),
                Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(bundle).map(UUID::fromString),
                bundleSeq,
                rs.getLong(8),
                rs.getLong(9)));
      }
    }
    return List.copyOf(entries);
  }
}
