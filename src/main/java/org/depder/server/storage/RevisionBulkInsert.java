package org.depder.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.StoredRevision;

/**
 * Plain JDBC inserts of revision rows into the server's {@code revisions} table, one transaction
 * per call, with none of ingest's work around them (no bundle, no verification, no ledger, no
 * audit). For {@code bench server} only: it fills a benchmark database to N rows quickly and
 * measures the limit that ingest is compared with. Never used by the running server.
 */
public final class RevisionBulkInsert implements AutoCloseable {
  private final ServerDatabase database;

  private RevisionBulkInsert(ServerDatabase database) {
    this.database = database;
  }

  /** Opens its own pool on the same database (migrated first if it is new). */
  public static RevisionBulkInsert open(DatabaseSettings settings) {
    return new RevisionBulkInsert(ServerDatabase.open(settings));
  }

  /**
   * Inserts {@code rows} in one transaction, the statement prepared once, executed per row (the
   * same statement text as ingest), optionally as one JDBC batch.
   */
  public void insert(List<StoredRevision> rows, Instant at, boolean batch) {
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO revisions (revision_id, entity_type, entity_id, device_id, hlc,"
                  + " signed_json, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (revision_id) DO NOTHING")) {
        for (StoredRevision r : rows) {
          s.setString(1, r.revisionId());
          s.setString(2, r.entityType());
          s.setString(3, r.entityId());
          s.setString(4, r.device().value());
          s.setString(5, r.hlc());
          s.setString(6, r.signedJson());
          s.setLong(7, at.toEpochMilli());
          if (batch) {
            s.addBatch();
          } else {
            s.executeUpdate();
          }
        }
        if (batch) {
          s.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ServerException(ErrorCode.STORAGE, "SQL state " + e.getSQLState(), e);
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
