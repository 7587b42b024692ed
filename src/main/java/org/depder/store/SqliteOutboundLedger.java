package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The bundles this vault made for each recipient: seq numbers from {@link #FIRST_SEQ} without gaps,
 * each bundle's manifest hash (the next bundle's {@code prevBundleHash}), and whether a receipt
 * came back. Recording a bundle also marks its revisions sent in the outbox, and recording a
 * receipt acknowledges them, each in one transaction.
 */
public final class SqliteOutboundLedger {
  /** The seq of the first bundle to a recipient. */
  public static final long FIRST_SEQ = 1;

  private static final String COLUMNS =
      "SELECT recipient_id, seq, bundle_id, manifest_hash, revision_count, state, created_at,"
          + " updated_at FROM outbound_bundles";

  private final VaultDatabase vault;
  private final Clock clock;

  public SqliteOutboundLedger(VaultDatabase vault, Clock clock) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The seq the next bundle to {@code recipientId} must carry. */
  public long nextSeq(String recipientId) {
    return last(recipientId).map(b -> b.seq() + 1).orElse(FIRST_SEQ);
  }

  /**
   * The last bundle made for {@code recipientId}: its manifest hash is the next one's prev hash.
   */
  public Optional<OutboundBundle> last(String recipientId) {
    ReplicationValues.deviceId(recipientId);
    return vault.read(c -> last(c, recipientId));
  }

  /** Every bundle made for {@code recipientId}, in seq order. */
  public List<OutboundBundle> bundles(String recipientId) {
    ReplicationValues.deviceId(recipientId);
    return vault.read(c -> query(c, COLUMNS + " WHERE recipient_id = ? ORDER BY seq", recipientId));
  }

  /**
   * Records a bundle made for {@code recipientId} and marks the revisions it carries as sent, in
   * one transaction. Call it before the bundle leaves the device, so a crash cannot reuse its seq.
   *
   * @throws BundleSequenceException if {@code seq} is not {@link #nextSeq}; nothing is written
   */
  public void recordSent(
      String recipientId,
      long seq,
      UUID bundleId,
      byte[] manifestHash,
      Collection<UUID> revisionIds) {
    ReplicationValues.deviceId(recipientId);
    Objects.requireNonNull(bundleId, "bundleId");
    byte[] hash = ReplicationValues.hash(manifestHash);
    long now = clock.millis();
    vault.inTransaction(
        c -> {
          long expected = last(c, recipientId).map(b -> b.seq() + 1).orElse(FIRST_SEQ);
          if (seq != expected) {
            throw new BundleSequenceException(recipientId, seq, "expected seq " + expected);
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO outbound_bundles (recipient_id, seq, bundle_id, manifest_hash,"
                      + " revision_count, state, created_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, 'sent', ?, ?)")) {
            st.setString(1, recipientId);
            st.setLong(2, seq);
            st.setString(3, bundleId.toString());
            st.setBytes(4, hash);
            st.setInt(5, revisionIds.size());
            st.setLong(6, now);
            st.setLong(7, now);
            st.executeUpdate();
          }
          SqliteOutbox.markSent(c, revisionIds, bundleId, seq, now);
          return null;
        });
  }

  /**
   * Records a valid signed receipt from {@code recipientId} (verified by the caller): the bundle is
   * acknowledged and so is every revision the receipt lists, in one transaction.
   *
   * @return the revision ids acknowledged now
   */
  public Set<UUID> recordReceipt(
      String recipientId, UUID bundleId, Collection<UUID> acknowledgedRevisionIds) {
    ReplicationValues.deviceId(recipientId);
    Objects.requireNonNull(bundleId, "bundleId");
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE outbound_bundles SET state = 'acknowledged', updated_at = ?"
                      + " WHERE recipient_id = ? AND bundle_id = ? AND state = 'sent'")) {
            st.setLong(1, now);
            st.setString(2, recipientId);
            st.setString(3, bundleId.toString());
            st.executeUpdate();
          }
          return SqliteOutbox.acknowledge(c, acknowledgedRevisionIds, now);
        });
  }

  /**
   * Records that an unacknowledged bundle was written out again (the same bytes): its {@code
   * updated_at} becomes now, so the wait for its receipt starts again.
   *
   * @return whether an unacknowledged bundle with this id was found
   */
  public boolean recordResent(String recipientId, UUID bundleId) {
    ReplicationValues.deviceId(recipientId);
    Objects.requireNonNull(bundleId, "bundleId");
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE outbound_bundles SET updated_at = ?"
                      + " WHERE recipient_id = ? AND bundle_id = ? AND state = 'sent'")) {
            st.setLong(1, now);
            st.setString(2, recipientId);
            st.setString(3, bundleId.toString());
            return st.executeUpdate() > 0;
          }
        });
  }

  private static Optional<OutboundBundle> last(Connection c, String recipientId)
      throws SQLException {
    return query(c, COLUMNS + " WHERE recipient_id = ? ORDER BY seq DESC LIMIT 1", recipientId)
        .stream()
        .findFirst();
  }

  private static List<OutboundBundle> query(Connection c, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, parameter);
      List<OutboundBundle> bundles = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          bundles.add(
              new OutboundBundle(
                  rs.getString(1),
                  rs.getLong(2),
                  UUID.fromString(rs.getString(3)),
                  rs.getBytes(4),
                  rs.getInt(5),
                  OutboundBundle.State.fromCode(rs.getString(6)),
                  rs.getLong(7),
                  rs.getLong(8)));
        }
      }
      return List.copyOf(bundles);
    }
  }
}
