package org.depder.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.depder.server.core.AcceptedBundle;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.IngestLedger;
import org.depder.server.core.ServerException;
import org.depder.server.core.StoredRevision;
import org.depder.sync.revision.DeviceId;

/**
 * {@link IngestLedger} on the caller's connection and transaction. Bytes are stored as base64url
 * text so that one migration file serves SQLite and PostgreSQL.
 */
final class SqlIngestLedger implements IngestLedger {
  private final Connection c;
  private PreparedStatement insertRevision;

  SqlIngestLedger(Connection c) {
    this.c = c;
  }

  @Override
  public long lastAcceptedSeq(DeviceId device) {
    try (PreparedStatement s =
        c.prepareStatement("SELECT MAX(seq) FROM inbound_bundles WHERE device_id = ?")) {
      s.setString(1, device.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Optional<AcceptedBundle> accepted(DeviceId device, long seq) {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT manifest_hash, receipt FROM inbound_bundles WHERE device_id = ? AND seq = ?")) {
      s.setString(1, device.value());
      s.setLong(2, seq);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new AcceptedBundle(seq, r.getString(1), decode(r.getString(2))))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void recordAccepted(DeviceId device, AcceptedBundle bundle, Instant at) {
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO inbound_bundles (device_id, seq, manifest_hash, receipt, received_at)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement unhold =
            c.prepareStatement("DELETE FROM held_bundles WHERE device_id = ? AND seq = ?")) {
      insert.setString(1, device.value());
      insert.setLong(2, bundle.seq());
      insert.setString(3, bundle.manifestHash());
      insert.setString(4, encode(bundle.receipt()));
      insert.setLong(5, at.toEpochMilli());
      insert.executeUpdate();
      unhold.setString(1, device.value());
      unhold.setLong(2, bundle.seq());
      unhold.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Optional<String> heldHash(DeviceId device, long seq) {
    return heldColumn("manifest_hash", device, seq);
  }

  @Override
  public void hold(DeviceId device, long seq, String manifestHash, byte[] bundle, Instant at) {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO held_bundles (device_id, seq, manifest_hash, bundle, received_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, device.value());
      s.setLong(2, seq);
      s.setString(3, manifestHash);
      s.setString(4, encode(bundle));
      s.setLong(5, at.toEpochMilli());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Optional<byte[]> heldBundle(DeviceId device, long seq) {
    return heldColumn("bundle", device, seq).map(SqlIngestLedger::decode);
  }

  @Override
  public boolean storeRevision(StoredRevision revision, Instant at) {
    // ON CONFLICT ... DO NOTHING: the same text on SQLite (3.24+) and PostgreSQL (9.5+), and safe
    // when two transactions store the same revision at once. Prepared once per transaction (a
    // bundle stores hundreds of rows; preparing each was a tenth of ingest's time on SQLite) and
    // closed with the connection: the pool closes a connection's open statements when it is
    // handed back.
    try {
      if (insertRevision == null) {
        insertRevision =
            c.prepareStatement(
                "INSERT INTO revisions (revision_id, entity_type, entity_id, device_id, hlc,"
                    + " signed_json, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (revision_id) DO NOTHING");
      }
      PreparedStatement s = insertRevision;
      s.setString(1, revision.revisionId());
      s.setString(2, revision.entityType());
      s.setString(3, revision.entityId());
      s.setString(4, revision.device().value());
      s.setString(5, revision.hlc());
      s.setString(6, revision.signedJson());
      s.setLong(7, at.toEpochMilli());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public long revisionCount() {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM revisions");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private Optional<String> heldColumn(String column, DeviceId device, long seq) {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + column + " FROM held_bundles WHERE device_id = ? AND seq = ?")) {
      s.setString(1, device.value());
      s.setLong(2, seq);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] decode(String text) {
    return Base64.getUrlDecoder().decode(text);
  }

  private static ServerException failed(SQLException e) {
    return new ServerException(ErrorCode.STORAGE, "SQL state " + e.getSQLState(), e);
  }
}
