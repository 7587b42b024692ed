package org.depder.store;

import java.nio.charset.StandardCharsets;

/**
 * The associated data that binds a sealed payload to its place: the UTF-8 bytes of {@code
 * table|id|revision|schemaVersion}, numbers in decimal without leading zeros. None of the fields
 * can contain {@code |} (ids are UUID text, the table a constant), so the encoding is unambiguous.
 * A payload copied to another row, id, revision or schema version fails to authenticate.
 */
final class RecordAad {
  static final String RECORDS_TABLE = "records";

  private RecordAad() {}

  static byte[] of(String table, String id, long revision, int schemaVersion) {
    return (table + "|" + id + "|" + revision + "|" + schemaVersion)
        .getBytes(StandardCharsets.UTF_8);
  }
}
