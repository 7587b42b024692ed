package org.depder.app.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.depder.app.replication.EntityProjector;
import org.depder.app.vault.VaultSession;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.depder.sync.revision.MergedEntity;

/**
 * A person as {@code person} revisions carry it (docs/replication.md 7.5): one field per part of
 * {@link PersonIdentity}, JSON null for an absent part; and the projector that writes a received
 * person into the people read model with its search tokens.
 */
final class PersonRevisions {
  static final String FAMILY = "familyName";
  static final String GIVEN = "givenName";
  static final String PATRONYMIC = "patronymic";
  static final String BIRTH_YEAR = "birthYear";
  static final String DOCUMENT = "documentNumber";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PersonRevisions() {}

  static Map<String, JsonNode> changes(PersonIdentity person) {
    Map<String, JsonNode> changes = new LinkedHashMap<>();
    changes.put(FAMILY, NODES.textNode(person.familyName()));
    changes.put(GIVEN, NODES.textNode(person.givenName()));
    changes.put(
        PATRONYMIC, person.patronymic().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
    changes.put(
        BIRTH_YEAR,
        person.birthYear().isPresent()
            ? NODES.numberNode(person.birthYear().getAsInt())
            : NODES.nullNode());
    changes.put(
        DOCUMENT, person.documentNumber().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
    return changes;
  }

  /** The person the merged fields describe (provisional winners for conflicts), if valid. */
  static Optional<PersonIdentity> person(MergedEntity entity) {
    try {
      return Optional.of(
          new PersonIdentity(
              text(entity, FAMILY).orElse(""),
              text(entity, GIVEN).orElse(""),
              text(entity, PATRONYMIC),
              entity
                  .value(BIRTH_YEAR)
                  .filter(JsonNode::canConvertToInt)
                  .filter(JsonNode::isIntegralNumber)
                  .map(n -> OptionalInt.of(n.asInt()))
                  .orElse(OptionalInt.empty()),
              text(entity, DOCUMENT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(MergedEntity entity, String field) {
    return entity.value(field).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** Writes people received from other devices into the read model; see {@link PersonDirectory}. */
  static final class Projector implements EntityProjector {
    private final PersonNameIndex nameIndex;

    Projector(PersonNameIndex nameIndex) {
      this.nameIndex = nameIndex;
    }

    @Override
    public String entityType() {
      return PersonDirectory.ENTITY_TYPE;
    }

    @Override
    public void project(VaultSession session, MergedEntity entity) {
      Optional<PersonIdentity> person = person(entity);
      if (person.isEmpty()) {
        return;
      }
      String id = entity.entityId().toString();
      boolean known = session.records().find(id).isPresent();
      session
          .records()
          .save(
              new RecordEnvelope(
                  id,
                  PersonDirectory.ENTITY_TYPE,
                  entity.revisionCount(),
                  PersonCodec.SCHEMA_VERSION,
                  SyncState.SYNCED,
                  entity.latestTime().wireForm(),
                  PersonCodec.encode(person.get()),
                  PersonSearchKeys.tokens(session, person.get())));
      if (!known) {
        nameIndex.add(entity.entityId(), person.get().fullName());
      }
    }

    @Override
    public Set<String> recordIds(VaultSession session, UUID entityId) {
      return Set.of(entityId.toString());
    }
  }
}
