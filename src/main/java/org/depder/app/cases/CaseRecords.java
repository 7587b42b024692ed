package org.depder.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.depder.app.replication.ReplicationException;
import org.depder.app.vault.VaultSession;
import org.depder.domain.cases.CaseSchema;
import org.depder.domain.cases.FieldMap;
import org.depder.store.RecordEnvelope;

/**
 * Reads the case read model ({@link CaseProjector}) back into domain records, and turns field-map
 * differences into revision changes. Reading is cheap: one blind-index lookup per case.
 */
public final class CaseRecords {
  /** Every case entity type has a read model. */
  static final List<String> PROJECTED_TYPES = CaseSchema.ENTITY_TYPES;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A record of the read model and whether its entity has a field in conflict. */
  public record Stored<T>(T value, boolean conflict) {}

  private CaseRecords() {}

  static <T> List<Stored<T>> all(VaultSession session, String type, Function<FieldMap, T> reader)
      throws ReplicationException {
    List<Stored<T>> out = new ArrayList<>();
    for (RecordEnvelope record : session.records().findAll(type)) {
      out.add(read(record, reader));
    }
    return out;
  }

  static <T> List<Stored<T>> partsOf(
      VaultSession session, UUID caseId, String type, Function<FieldMap, T> reader)
      throws ReplicationException {
    List<Stored<T>> out = new ArrayList<>();
    List<String> ids =
        new ArrayList<>(
            session.records().findIdsByToken(CaseProjector.token(session, caseId.toString())));
    ids.sort(Comparator.naturalOrder());
    for (String id : ids) {
      Optional<RecordEnvelope> record = session.records().find(id);
      if (record.isPresent() && record.get().entityType().equals(type)) {
        out.add(read(record.get(), reader));
      }
    }
    return out;
  }

  static <T> Optional<Stored<T>> find(
      VaultSession session, UUID id, String type, Function<FieldMap, T> reader)
      throws ReplicationException {
    Optional<RecordEnvelope> record = session.records().find(CaseProjector.recordId(type, id));
    if (record.isEmpty() || !record.get().entityType().equals(type)) {
      return Optional.empty();
    }
    return Optional.of(read(record.get(), reader));
  }

  private static <T> Stored<T> read(RecordEnvelope record, Function<FieldMap, T> reader)
      throws ReplicationException {
    try {
      JsonNode payload = JSON.readTree(record.payload());
      Map<String, Object> values = new LinkedHashMap<>();
      payload
          .path("fields")
          .fields()
          .forEachRemaining(
              e -> {
                JsonNode v = e.getValue();
                values.put(
                    e.getKey(),
                    v.isBoolean()
                        ? (Object) v.booleanValue()
                        : v.isNumber() ? v.longValue() : v.asText());
              });
      return new Stored<>(reader.apply(FieldMap.of(values)), payload.path("conflict").asBoolean());
    } catch (IOException | RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }

  /** The revision changes that turn {@code before} into {@code after}; null clears a field. */
  static Map<String, JsonNode> changes(FieldMap after, FieldMap before) {
    Map<String, JsonNode> changes = new LinkedHashMap<>();
    after
        .changesFrom(before)
        .forEach(
            (field, value) ->
                changes.put(
                    field,
                    value == null
                        ? JsonNodeFactory.instance.nullNode()
                        : value instanceof Boolean b
                            ? JsonNodeFactory.instance.booleanNode(b)
                            : value instanceof Number n
                                ? JsonNodeFactory.instance.numberNode(n.longValue())
                                : JsonNodeFactory.instance.textNode(value.toString())));
    return changes;
  }
}
