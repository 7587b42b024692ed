package org.depder.app.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.RevisionLog;
import org.depder.sync.revision.MergedEntity;

/**
 * Screenings that replicate (docs/replication.md 7.5): every save goes to the local repository, and
 * a <em>finalised</em> revision (a finalisation or a finalised correction) is also recorded as a
 * {@code screening} revision writing the top-level fields of its JSON that differ from what the
 * vault's revisions say. Drafts and autosaves stay on this device.
 */
public final class ReplicatedScreeningRepository implements ScreeningDraftRepository {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScreeningDraftRepository local;
  private final RevisionLog log;

  public ReplicatedScreeningRepository(ScreeningDraftRepository local, RevisionLog log) {
    this.local = local;
    this.log = log;
  }

  @Override
  public void save(ScreeningDraft draft) throws ScreeningStoreException {
    local.save(draft);
    if (!draft.finalised()) {
      return;
    }
    EntityRef entity = new EntityRef(VaultScreeningRepository.ENTITY_TYPE, draft.id());
    try {
      Map<String, JsonNode> changes =
          changedFields(
              (ObjectNode) JSON.readTree(ScreeningDraftJson.encode(draft)), log.find(entity));
      if (!changes.isEmpty()) {
        log.write(entity, changes);
      }
    } catch (IOException | ReplicationException e) {
      throw new ScreeningStoreException("recording a finalised screening failed", e);
    }
  }

  @Override
  public Optional<ScreeningDraft> latest(UUID id) throws ScreeningStoreException {
    return local.latest(id);
  }

  @Override
  public List<ScreeningDraft> revisions(UUID id) throws ScreeningStoreException {
    return local.revisions(id);
  }

  @Override
  public List<ScreeningDraft> latestOfAll() throws ScreeningStoreException {
    return local.latestOfAll();
  }

  /**
   * The top-level fields of {@code now} whose value differs from the merged state, and JSON null
   * for fields the merged state has that {@code now} no longer has.
   */
  static Map<String, JsonNode> changedFields(ObjectNode now, Optional<MergedEntity> before) {
    Map<String, JsonNode> changes = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = now.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      Optional<JsonNode> previous = before.flatMap(b -> b.value(field.getKey()));
      if (previous.isEmpty() || !previous.get().equals(field.getValue())) {
        changes.put(field.getKey(), field.getValue());
      }
    }
    if (before.isPresent()) {
      for (String name : before.get().fields().keySet()) {
        boolean stillThere = now.has(name);
        boolean clearedAlready = before.get().value(name).map(JsonNode::isNull).orElse(true);
        if (!stillThere && !clearedAlready) {
          changes.put(name, JsonNodeFactory.instance.nullNode());
        }
      }
    }
    return changes;
  }
}
