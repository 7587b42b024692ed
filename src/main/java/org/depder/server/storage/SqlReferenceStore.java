package org.depder.server.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import org.depder.server.core.ReferenceStore;

/** {@link ReferenceStore} on the caller's connection; documents are UTF-8 JSON text. */
final class SqlReferenceStore implements ReferenceStore {
  private final SqlRunner sql;

  SqlReferenceStore(Connection c) {
    this.sql = new SqlRunner(c);
  }

  @Override
  public long latestVersion(String kind) {
    return sql.number("SELECT COALESCE(MAX(version), 0) FROM reference_data WHERE kind = ?", kind);
  }

  @Override
  public Optional<byte[]> latest(String kind) {
    return sql.first(
        "SELECT document FROM reference_data WHERE kind = ? ORDER BY version DESC LIMIT 1",
        r -> r.getString(1).getBytes(StandardCharsets.UTF_8),
        kind);
  }

  @Override
  public void insert(String kind, long version, byte[] signedDocument, Instant at) {
    sql.update(
        "INSERT INTO reference_data (kind, version, document, published_at) VALUES (?, ?, ?, ?)",
        kind,
        version,
        new String(signedDocument, StandardCharsets.UTF_8),
        at.toEpochMilli());
  }
}
