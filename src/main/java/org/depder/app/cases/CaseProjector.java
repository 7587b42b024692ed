package org.depder.app.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.depder.app.replication.EntityProjector;
import org.depder.app.vault.VaultSession;
import org.depder.store.BlindIndexToken;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.depder.sync.revision.MergedEntity;

/**
 * The read model of one case entity type: one sealed record per entity holding its merged fields (a
 * field in conflict carries its provisional winner) and whether anything is in conflict, with a
 * blind-index token on the case id so a case's parts are found without reading every record. The
 * record is derived from the revisions and can always be rebuilt from them.
 */
public final class CaseProjector implements EntityProjector {
  /** Blind index naming the case an entity belongs to (the case itself included). */
  static final String CASE_INDEX = "case_of";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String entityType;

  public CaseProjector(String entityType) {
    this.entityType = entityType;
  }

  /** One projector per case entity type, proceedings and compensation claims included. */
  public static List<CaseProjector> all() {
    return CaseRecords.PROJECTED_TYPES.stream().map(CaseProjector::new).toList();
  }

  @Override
  public String entityType() {
    return entityType;
  }

  @Override
  public void project(VaultSession session, MergedEntity entity) {
    ObjectNode fields = JSON.createObjectNode();
    entity
        .fields()
        .forEach(
            (name, state) -> {
              if (!state.value().isNull()) {
                fields.set(name, state.value());
              }
            });
    ObjectNode payload = JSON.createObjectNode();
    payload.put("conflict", entity.hasConflicts());
    payload.set("fields", fields);
    String caseId =
        entityType.equals(org.depder.domain.cases.Case.ENTITY_TYPE)
            ? entity.entityId().toString()
            : fields.path("caseId").asText(entity.entityId().toString());
    session
        .records()
        .save(
            new RecordEnvelope(
                recordId(entityType, entity.entityId()),
                entityType,
                entity.revisionCount(),
                1,
                SyncState.SYNCED,
                entity.latestTime().wireForm(),
                payload.toString().getBytes(StandardCharsets.UTF_8),
                List.of(token(session, caseId))));
  }

  @Override
  public Set<String> recordIds(VaultSession session, UUID entityId) {
    return Set.of(recordId(entityType, entityId));
  }

  /** The read-model record id of an entity: its entity id (proceedings have one of their own). */
  static String recordId(String entityType, UUID entityId) {
    return entityId.toString();
  }

  static BlindIndexToken token(VaultSession session, String caseId) {
    return session.blindToken(CASE_INDEX, caseId.getBytes(StandardCharsets.UTF_8));
  }
}
