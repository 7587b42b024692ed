package org.depder.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.depder.domain.UuidV7;

/** Builders for test records. */
final class TestRecords {
  private static final UuidV7 IDS = new UuidV7();

  private TestRecords() {}

  static String newId() {
    return IDS.next().toString();
  }

  static RecordEnvelope record(String id, String type, long revision, String payload) {
    return new RecordEnvelope(
        id,
        type,
        revision,
        1,
        SyncState.PENDING,
        "0000000001:0000:dev1",
        payload.getBytes(StandardCharsets.UTF_8),
        List.of());
  }

  static RecordEnvelope withTokens(RecordEnvelope r, List<BlindIndexToken> tokens) {
    return new RecordEnvelope(
        r.id(),
        r.entityType(),
        r.revision(),
        r.schemaVersion(),
        r.syncState(),
        r.updatedHlc(),
        r.payload(),
        tokens);
  }

  static String text(RecordEnvelope r) {
    return new String(r.payload(), StandardCharsets.UTF_8);
  }
}
