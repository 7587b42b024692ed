package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.DataFormatException;

/**
 * The SQL of the {@code revisions} table on a connection whose transaction the caller owns, so the
 * revision store, the outbox and the inbound ledger can each insert revisions atomically with their
 * own rows. Sealing happens before the transaction ({@link #seal}), so the write lock is held only
 * for the I/O.
 */
final class RevisionRows {
  static final String COLUMNS =
      "SELECT revision_id, entity_type, entity_id, hlc, device_id, origin, received_at, sealed"
          + " FROM revisions";
  private static final String INSERT =
      "INSERT INTO revisions (revision_id, entity_type, entity_id, hlc, device_id, origin,"
          + " received_at, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (revision_id) DO NOTHING";

  /** A revision with its sealed bytes, ready to be written. */
  record Sealed(RevisionEntry entry, byte[] sealed) {}

  private final PayloadSealer sealer;

  RevisionRows(PayloadSealer sealer) {
    this.sealer = sealer;
  }

  List<Sealed> seal(List<RevisionEntry> entries) {
    List<byte[]> encoded =
        PayloadCodec.encodeAll(entries.stream().map(RevisionEntry::signedRevision).toList());
    List<Sealed> sealed = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      RevisionEntry e = entries.get(i);
      sealed.add(new Sealed(e, sealer.seal(encoded.get(i), ReplicationValues.revisionAad(e))));
    }
    return sealed;
  }

  /**
   * Inserts each revision unless its id is present; a present id is opened and compared (the
   * ciphertexts differ by nonce, so only the plaintext tells a duplicate from a conflict).
   *
   * @return one outcome per revision, in order
   */
  List<InsertOutcome> insertAll(
      Connection c, List<Sealed> revisions, RevisionOrigin origin, long now) throws SQLException {
    List<InsertOutcome> outcomes = new ArrayList<>(revisions.size());
    try (PreparedStatement insert = c.prepareStatement(INSERT);
        PreparedStatement existing = c.prepareStatement(COLUMNS + " WHERE revision_id = ?")) {
      for (Sealed s : revisions) {
        RevisionEntry e = s.entry();
        insert.setString(1, e.revisionId().toString());
        insert.setString(2, e.entityType());
        insert.setString(3, e.entityId().toString());
        insert.setString(4, e.hlc());
        insert.setString(5, e.deviceId());
        insert.setString(6, origin.code());
        insert.setLong(7, now);
        insert.setBytes(8, s.sealed());
        if (insert.executeUpdate() == 1) {
          outcomes.add(InsertOutcome.INSERTED);
          continue;
        }
        existing.setString(1, e.revisionId().toString());
        try (ResultSet rs = existing.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("revision insert ignored but no row found");
          }
          boolean same = open(rs).entry().sameContentAs(e);
          outcomes.add(same ? InsertOutcome.ALREADY_PRESENT : InsertOutcome.CONFLICTING_DUPLICATE);
        }
      }
    }
    return outcomes;
  }

  Optional<StoredRevision> find(Connection c, UUID revisionId) throws SQLException {
    List<StoredRevision> found =
        query(c, COLUMNS + " WHERE revision_id = ?", revisionId.toString());
    return found.stream().findFirst();
  }

  List<StoredRevision> query(Connection c, String sql, String parameter) throws SQLException {
    List<StoredRevision> revisions = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, parameter);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          revisions.add(open(rs));
        }
      }
    }
    return revisions;
  }

  /** Opens the row at the result set's cursor; columns in the order of {@link #COLUMNS}. */
  StoredRevision open(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    byte[] sealed = rs.getBytes(8);
    RevisionEntry routing;
    try {
      routing =
          new RevisionEntry(
              UUID.fromString(id),
              rs.getString(2),
              UUID.fromString(rs.getString(3)),
              rs.getString(4),
              rs.getString(5),
              new byte[0]);
      byte[] plain =
          PayloadCodec.decode(sealer.open(sealed, ReplicationValues.revisionAad(routing)));
      return new StoredRevision(
          new RevisionEntry(
              routing.revisionId(),
              routing.entityType(),
              routing.entityId(),
              routing.hlc(),
              routing.deviceId(),
              plain),
          RevisionOrigin.fromCode(rs.getString(6)),
          rs.getLong(7));
    } catch (PayloadAuthenticationException | DataFormatException | IllegalArgumentException e) {
      throw new RecordIntegrityException(id, e);
    }
  }
}
