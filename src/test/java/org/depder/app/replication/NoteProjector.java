package org.depder.app.replication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.VaultSession;
import org.depder.store.BlindIndexToken;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.depder.sync.revision.MergedEntity;

/**
 * A read model for the tests' {@value #TYPE} entities: one sealed record per entity (id = entity
 * id) holding the merged field values as a JSON object, with one blind-index token so a purge can
 * be seen to take the index rows with it.
 */
final class NoteProjector implements EntityProjector {
  static final String TYPE = "note";
  static final String INDEX = "note_entity";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String entityType() {
    return TYPE;
  }

  @Override
  public void project(VaultSession session, MergedEntity entity) {
    ObjectNode values = JSON.createObjectNode();
    entity.fields().forEach((field, state) -> values.set(field, state.value()));
    session
        .records()
        .save(
            new RecordEnvelope(
                entity.entityId().toString(),
                TYPE,
                entity.revisionCount(),
                1,
                SyncState.SYNCED,
                entity.latestTime().wireForm(),
                values.toString().getBytes(StandardCharsets.UTF_8),
                List.of(token(session, entity.entityId()))));
  }

  @Override
  public Set<String> recordIds(VaultSession session, UUID entityId) {
    return Set.of(entityId.toString());
  }

  static BlindIndexToken token(VaultSession session, UUID entityId) {
    return session.blindToken(INDEX, entityId.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The read model of one note, or null when it has none. */
  static ObjectNode read(VaultSession session, UUID entityId) throws Exception {
    var record = session.records().find(entityId.toString());
    return record.isEmpty() ? null : (ObjectNode) JSON.readTree(record.get().payload());
  }
}
