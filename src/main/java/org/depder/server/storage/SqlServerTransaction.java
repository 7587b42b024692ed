package org.depder.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.AuditChain;
import org.depder.server.core.AuditEntry;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.EnrolmentCodeRecord;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.IngestLedger;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerTransaction;
import org.depder.server.core.UploadStore;
import org.depder.sync.revision.DeviceId;

/** The SQL behind {@link ServerTransaction}: plain portable statements, one connection. */
final class SqlServerTransaction implements ServerTransaction {
  private static final String DEVICE_COLUMNS =
      "device_id, signing_key, agreement_key, role, post, status, enrolled_at, revoked_at";

  private final Connection c;
  private SqlIngestLedger ingest;

  SqlServerTransaction(Connection c) {
    this.c = c;
  }

  @Override
  public void insertCode(EnrolmentCodeRecord code) {
    update(
        "INSERT INTO enrolment_codes (code_id, code_hash, role, post, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        code.id(),
        code.codeHash(),
        code.role().code(),
        code.post(),
        code.createdAt().toEpochMilli(),
        code.expiresAt().toEpochMilli());
  }

  @Override
  public Optional<EnrolmentCodeRecord> codeByHash(String codeHash) {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT code_id, code_hash, role, post, created_at, expires_at, used_at, used_by"
                + " FROM enrolment_codes WHERE code_hash = ?")) {
      s.setString(1, codeHash);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new EnrolmentCodeRecord(
                r.getString(1),
                r.getString(2),
                DeviceRole.parse(r.getString(3)),
                r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)),
                Instant.ofEpochMilli(r.getLong(6)),
                optionalInstant(r, 7),
                Optional.ofNullable(r.getString(8)).map(DeviceId::new)));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public boolean markCodeUsed(String codeId, Instant at, DeviceId device) {
    return update(
            "UPDATE enrolment_codes SET used_at = ?, used_by = ?"
                + " WHERE code_id = ? AND used_at IS NULL",
            at.toEpochMilli(),
            device.value(),
            codeId)
        == 1;
  }

  @Override
  public void insertDevice(Device d, String enrolmentCodeId) {
    try {
      execute(
          "INSERT INTO devices ("
              + DEVICE_COLUMNS
              + ", enrolment_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          d.id().value(),
          PublicKeys.encode(d.keys().signing()),
          PublicKeys.encode(d.keys().agreement()),
          d.role().code(),
          d.post(),
          d.status().code(),
          d.enrolledAt().toEpochMilli(),
          d.revokedAt().map(Instant::toEpochMilli).orElse(null),
          enrolmentCodeId);
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new ServerException(ErrorCode.DEVICE_ALREADY_ENROLLED, "device already enrolled");
      }
      throw failed(e);
    }
  }

  @Override
  public Optional<Device> device(DeviceId id) {
    List<Device> found =
        devices("SELECT " + DEVICE_COLUMNS + " FROM devices WHERE device_id = ?", id.value());
    return found.stream().findFirst();
  }

  @Override
  public List<Device> devices() {
    return devices("SELECT " + DEVICE_COLUMNS + " FROM devices ORDER BY enrolled_at, device_id");
  }

  @Override
  public boolean revokeDevice(DeviceId id, Instant at) {
    return update(
            "UPDATE devices SET status = 'revoked', revoked_at = ?"
                + " WHERE device_id = ? AND status = 'active'",
            at.toEpochMilli(),
            id.value())
        == 1;
  }

  @Override
  public AuditEntry appendAudit(Instant at, AuditEvent event) {
    // Lock the head first (a row lock on PostgreSQL), then read it: appends are serialised.
    update("UPDATE audit_head SET seq = seq + 1 WHERE id = 1");
    long seq;
    String prevHash;
    try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new ServerException(ErrorCode.STORAGE, "audit head row is missing");
      }
      seq = r.getLong(1);
      prevHash = r.getString(2);
    } catch (SQLException e) {
      throw failed(e);
    }
    AuditEntry entry = AuditChain.next(seq - 1, prevHash, at, event);
    update(
        "INSERT INTO audit (seq, at, actor, action, subject, detail, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        entry.seq(),
        entry.at().toEpochMilli(),
        event.actor(),
        event.action(),
        event.subject(),
        event.detail(),
        entry.prevHash(),
        entry.hash());
    update("UPDATE audit_head SET hash = ? WHERE id = 1", entry.hash());
    return entry;
  }

  @Override
  public List<AuditEntry> audit() {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit"
                    + " ORDER BY seq");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        entries.add(
            new AuditEntry(
                r.getLong(1),
                Instant.ofEpochMilli(r.getLong(2)),
                new AuditEvent(r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                r.getString(7),
                r.getString(8)));
      }
      return entries;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public UploadStore uploads() {
    return new SqlUploadStore(c);
  }

  @Override
  public org.depder.server.core.DistributionStore distribution() {
    return new SqlDistributionStore(c);
  }

  @Override
  public org.depder.server.core.ReferenceStore reference() {
    return new SqlReferenceStore(c);
  }

  @Override
  public org.depder.server.core.UserStore users() {
    return new SqlUserStore(c);
  }

  @Override
  public IngestLedger ingest() {
    if (ingest == null) {
      ingest = new SqlIngestLedger(c); // one per transaction: it keeps its insert prepared
    }
    return ingest;
  }

  private List<Device> devices(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args);
        ResultSet r = s.executeQuery()) {
      List<Device> devices = new ArrayList<>();
      while (r.next()) {
        devices.add(
            new Device(
                new DeviceId(r.getString(1)),
                new PublicKeys(
                    PublicKeys.decode(r.getString(2)), PublicKeys.decode(r.getString(3))),
                DeviceRole.parse(r.getString(4)),
                r.getString(5),
                DeviceStatus.ofCode(r.getString(6)),
                Instant.ofEpochMilli(r.getLong(7)),
                optionalInstant(r, 8)));
      }
      return devices;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static Optional<Instant> optionalInstant(ResultSet r, int column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  private int update(String sql, Object... args) {
    try {
      return execute(sql, args);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private int execute(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(sql, args)) {
      return s.executeUpdate();
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a == null) {
          s.setNull(i + 1, Types.BIGINT);
        } else if (a instanceof Long l) {
          s.setLong(i + 1, l);
        } else {
          s.setString(i + 1, a.toString());
        }
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  /** SQLState class 23 (PostgreSQL) or SQLITE_CONSTRAINT (19, sqlite-jdbc). */
  private static boolean isUniqueViolation(SQLException e) {
    return (e.getSQLState() != null && e.getSQLState().startsWith("23")) || e.getErrorCode() == 19;
  }

  private static ServerException failed(SQLException e) {
    return new ServerException(ErrorCode.STORAGE, "SQL state " + e.getSQLState(), e);
  }
}
