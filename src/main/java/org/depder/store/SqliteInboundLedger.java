package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What this vault has accepted from each sender: the replay guard (last seq and its manifest hash,
 * every accepted bundle id) and the bundles held back behind a gap in seq. Accepting a bundle
 * writes its revisions, its ledger row and the removal of its held copy in one transaction, so the
 * ledger never says a bundle was applied when its revisions are missing, or the other way round.
 *
 * <p>The bundle layer verifies signatures, hashes, senders and gaps before calling {@link #accept};
 * the ledger checks the order again inside the transaction as a last line.
 */
public final class SqliteInboundLedger {
  private static final String ACCEPTED_COLUMNS =
      "SELECT sender_id, seq, bundle_id, manifest_hash, revision_count, accepted_at"
          + " FROM inbound_bundles";

  private final VaultDatabase vault;
  private final PayloadSealer sealer;
  private final RevisionRows rows;
  private final Clock clock;

  public SqliteInboundLedger(VaultDatabase vault, PayloadSealer sealer, Clock clock) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
    this.rows = new RevisionRows(sealer);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The bundle with the highest seq accepted from {@code senderId}, if any. */
  public Optional<AcceptedBundle> lastAccepted(String senderId) {
    ReplicationValues.deviceId(senderId);
    return vault.read(c -> last(c, senderId));
  }

  /** Whether a bundle with this id was ever accepted, from any sender. */
  public boolean isAccepted(UUID bundleId) {
    String id = ReplicationValues.text(bundleId);
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT 1 FROM inbound_bundles WHERE bundle_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  /** Every bundle accepted from {@code senderId}, in seq order. */
  public List<AcceptedBundle> accepted(String senderId) {
    ReplicationValues.deviceId(senderId);
    return vault.read(
        c -> accepted(c, ACCEPTED_COLUMNS + " WHERE sender_id = ? ORDER BY seq", senderId));
  }

  /**
   * Applies a verified bundle: inserts its revisions (origin remote), records it as accepted and
   * drops its held copy, all in one durable transaction, or nothing at all.
   *
   * @return one outcome per revision, in order (already present ones are harmless duplicates)
   * @throws BundleSequenceException if {@code seq} is not above the last accepted seq of this
   *     sender or the bundle id was accepted before
   * @throws ConflictingRevisionException if a revision id is stored with other content
   */
  public List<InsertOutcome> accept(
      String senderId,
      long seq,
      UUID bundleId,
      byte[] manifestHash,
      List<RevisionEntry> revisions) {
    ReplicationValues.deviceId(senderId);
    ReplicationValues.seq(seq);
    Objects.requireNonNull(bundleId, "bundleId");
    byte[] hash = ReplicationValues.hash(manifestHash);
    List<RevisionRows.Sealed> sealed = rows.seal(revisions);
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          Optional<AcceptedBundle> last = last(c, senderId);
          if (last.isPresent() && seq <= last.get().seq()) {
            throw new BundleSequenceException(senderId, seq, "not above the last accepted seq");
          }
          if (!accepted(c, ACCEPTED_COLUMNS + " WHERE bundle_id = ?", bundleId.toString())
              .isEmpty()) {
            throw new BundleSequenceException(senderId, seq, "bundle id accepted before");
          }
          List<InsertOutcome> outcomes = rows.insertAll(c, sealed, RevisionOrigin.REMOTE, now);
          List<UUID> conflicting = new ArrayList<>();
          for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == InsertOutcome.CONFLICTING_DUPLICATE) {
              conflicting.add(revisions.get(i).revisionId());
            }
          }
          if (!conflicting.isEmpty()) {
            throw new ConflictingRevisionException(conflicting);
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO inbound_bundles (sender_id, seq, bundle_id, manifest_hash,"
                      + " revision_count, accepted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, senderId);
            st.setLong(2, seq);
            st.setString(3, bundleId.toString());
            st.setBytes(4, hash);
            st.setInt(5, revisions.size());
            st.setLong(6, now);
            st.executeUpdate();
          }
          deleteHeld(c, bundleId);
          return List.copyOf(outcomes);
        });
  }

  /**
   * Keeps a bundle that arrived ahead of a gap. The bytes are already sealed to this device, but
   * are sealed again under the vault key ({@code held_bundles|id|sender|seq}), so the vault file
   * reveals nothing the bundle's own encryption might not protect forever. Idempotent by bundle id.
   *
   * @return whether it was newly held
   */
  public boolean hold(String senderId, long seq, UUID bundleId, byte[] bundleBytes) {
    ReplicationValues.deviceId(senderId);
    ReplicationValues.seq(seq);
    Objects.requireNonNull(bundleId, "bundleId");
    byte[] sealed =
        sealer.seal(
            Objects.requireNonNull(bundleBytes, "bundleBytes"),
            ReplicationValues.heldAad(bundleId, senderId, seq));
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO held_bundles (bundle_id, sender_id, seq, held_at, sealed)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (bundle_id) DO NOTHING")) {
            st.setString(1, bundleId.toString());
            st.setString(2, senderId);
            st.setLong(3, seq);
            st.setLong(4, now);
            st.setBytes(5, sealed);
            return st.executeUpdate() == 1;
          }
        });
  }

  /** The bundles held for {@code senderId}, in seq order, opened. */
  public List<HeldBundle> held(String senderId) {
    ReplicationValues.deviceId(senderId);
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT bundle_id, seq, held_at, sealed FROM held_bundles WHERE sender_id = ?"
                      + " ORDER BY seq, bundle_id")) {
            st.setString(1, senderId);
            List<HeldBundle> held = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                UUID bundleId = UUID.fromString(rs.getString(1));
                long seq = rs.getLong(2);
                byte[] bytes;
                try {
                  bytes =
                      sealer.open(
                          rs.getBytes(4), ReplicationValues.heldAad(bundleId, senderId, seq));
                } catch (PayloadAuthenticationException e) {
                  throw new RecordIntegrityException(bundleId.toString(), e);
                }
                held.add(new HeldBundle(senderId, seq, bundleId, bytes, rs.getLong(3)));
              }
            }
            return List.copyOf(held);
          }
        });
  }

  /** Drops a held bundle (refused for good, or applied some other way). */
  public boolean removeHeld(UUID bundleId) {
    Objects.requireNonNull(bundleId, "bundleId");
    return vault.inTransaction(c -> deleteHeld(c, bundleId));
  }

  private static boolean deleteHeld(Connection c, UUID bundleId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("DELETE FROM held_bundles WHERE bundle_id = ?")) {
      st.setString(1, bundleId.toString());
      return st.executeUpdate() > 0;
    }
  }

  private static Optional<AcceptedBundle> last(Connection c, String senderId) throws SQLException {
    return accepted(
            c, ACCEPTED_COLUMNS + " WHERE sender_id = ? ORDER BY seq DESC LIMIT 1", senderId)
        .stream()
        .findFirst();
  }

  private static List<AcceptedBundle> accepted(Connection c, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, parameter);
      List<AcceptedBundle> bundles = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          bundles.add(
              new AcceptedBundle(
                  rs.getString(1),
                  rs.getLong(2),
                  UUID.fromString(rs.getString(3)),
                  rs.getBytes(4),
                  rs.getInt(5),
                  rs.getLong(6)));
        }
      }
      return List.copyOf(bundles);
    }
  }
}
