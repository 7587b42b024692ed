package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.DataFormatException;

/**
 * Records in the vault. Payloads are compressed, then sealed with associated data binding them to
 * their row ({@link RecordAad}); only ids, type codes and sync bookkeeping are stored in clear.
 */
public final class SqliteRecordRepository {
  private static final String UPSERT =
      "INSERT INTO records (id, entity_type, revision, schema_version, sync_state, updated_hlc,"
          + " sealed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
          + " entity_type = excluded.entity_type, revision = excluded.revision,"
          + " schema_version = excluded.schema_version, sync_state = excluded.sync_state,"
          + " updated_hlc = excluded.updated_hlc, sealed = excluded.sealed";
  private static final String COLUMNS =
      "SELECT id, entity_type, revision, schema_version, sync_state, updated_hlc, sealed"
          + " FROM records";

  private final VaultDatabase vault;
  private final PayloadSealer sealer;

  public SqliteRecordRepository(VaultDatabase vault, PayloadSealer sealer) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
  }

  /**
   * Inserts or replaces the record and its blind-index tokens in one transaction. Returns only
   * after the commit is on disk (WAL with {@code synchronous=FULL}): once this returns, the record
   * survives a crash or power cut.
   */
  public void save(RecordEnvelope record) {
    byte[] aad =
        RecordAad.of(
            RecordAad.RECORDS_TABLE, record.id(), record.revision(), record.schemaVersion());
    // Sealing happens before the transaction so the write lock is held only for the I/O.
    byte[] sealed = sealer.seal(PayloadCodec.encode(record.payload()), aad);
    vault.inTransaction(
        c -> {
          try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setString(1, record.id());
            upsert.setString(2, record.entityType());
            upsert.setLong(3, record.revision());
            upsert.setInt(4, record.schemaVersion());
            upsert.setString(5, record.syncState().code());
            upsert.setString(6, record.updatedHlc());
            upsert.setBytes(7, sealed);
            upsert.executeUpdate();
          }
          replaceTokens(c, record);
          return null;
        });
  }

  /** The record with this id, opened and decompressed. */
  public Optional<RecordEnvelope> find(String id) {
    List<RecordEnvelope> found =
        vault.read(c -> query(c, COLUMNS + " WHERE id = ?", Objects.requireNonNull(id, "id")));
    return found.stream().findFirst();
  }

  /** Every record of one entity type, in id order (creation order for UUIDv7 ids). */
  public List<RecordEnvelope> findAll(String entityType) {
    return vault.read(
        c ->
            query(
                c,
                COLUMNS + " WHERE entity_type = ? ORDER BY id",
                Objects.requireNonNull(entityType, "entityType")));
  }

  /** Ids of every record of one entity type, in id order, without opening any payload. */
  public List<String> findIds(String entityType) {
    Objects.requireNonNull(entityType, "entityType");
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT id FROM records WHERE entity_type = ? ORDER BY id")) {
            st.setString(1, entityType);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
            return List.copyOf(ids);
          }
        });
  }

  /** Ids of the records carrying {@code token}, in id order. */
  public List<String> findIdsByToken(BlindIndexToken token) {
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT record_id FROM blind_index WHERE index_name = ? AND token = ?"
                      + " ORDER BY record_id")) {
            st.setString(1, token.indexName());
            st.setBytes(2, token.token());
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
            return List.copyOf(ids);
          }
        });
  }

  /**
   * Deletes the record and its tokens in one durable transaction; {@code secure_delete} zeroes the
   * freed bytes.
   *
   * @return whether a record was deleted
   */
  public boolean delete(String id) {
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st = c.prepareStatement("DELETE FROM records WHERE id = ?")) {
            st.setString(1, Objects.requireNonNull(id, "id"));
            return st.executeUpdate() > 0;
          }
        });
  }

  private static void replaceTokens(Connection c, RecordEnvelope record) throws SQLException {
    try (PreparedStatement clear =
        c.prepareStatement("DELETE FROM blind_index WHERE record_id = ?")) {
      clear.setString(1, record.id());
      clear.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT OR IGNORE INTO blind_index (index_name, token, record_id) VALUES (?, ?, ?)")) {
      for (BlindIndexToken token : record.blindIndexTokens()) {
        insert.setString(1, token.indexName());
        insert.setBytes(2, token.token());
        insert.setString(3, record.id());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private List<RecordEnvelope> query(Connection c, String sql, String parameter)
      throws SQLException {
    List<RecordEnvelope> records = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, parameter);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          records.add(open(c, rs));
        }
      }
    }
    return List.copyOf(records);
  }

  private RecordEnvelope open(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    long revision = rs.getLong(3);
    int schemaVersion = rs.getInt(4);
    byte[] payload;
    try {
      byte[] encoded =
          sealer.open(
              rs.getBytes(7), RecordAad.of(RecordAad.RECORDS_TABLE, id, revision, schemaVersion));
      payload = PayloadCodec.decode(encoded);
    } catch (PayloadAuthenticationException | DataFormatException e) {
      throw new RecordIntegrityException(id, e);
    }
    return new RecordEnvelope(
        id,
        rs.getString(2),
        revision,
        schemaVersion,
        SyncState.fromCode(rs.getString(5)),
        rs.getString(6),
        payload,
        tokensOf(c, id));
  }

  private static List<BlindIndexToken> tokensOf(Connection c, String id) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT index_name, token FROM blind_index WHERE record_id = ?"
                + " ORDER BY index_name, token")) {
      st.setString(1, id);
      List<BlindIndexToken> tokens = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          tokens.add(new BlindIndexToken(rs.getString(1), rs.getBytes(2)));
        }
      }
      return tokens;
    }
  }
}
