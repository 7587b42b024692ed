package org.depder.app.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.depder.app.replication.EntityProjector;
import org.depder.app.replication.ReplicationException;
import org.depder.app.vault.VaultSession;
import org.depder.sync.revision.FieldState;
import org.depder.sync.revision.MergedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materialises replicated screenings into the screening read model (the vault records {@link
 * VaultScreeningRepository} keeps per screening revision). The merged top-level fields are put back
 * together into the screening's JSON; a finalised revision this device does not have yet is saved.
 * A revision number already present is left alone: either it was written here, or two devices
 * finalised the same correction concurrently, which the conflict index flags for a person to
 * resolve. Only the newest merged revision is materialised; earlier ones remain in the revisions.
 */
public final class ScreeningProjector implements EntityProjector {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningProjector.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final VaultScreeningRepository drafts;

  public ScreeningProjector(VaultScreeningRepository drafts) {
    this.drafts = drafts;
  }

  @Override
  public String entityType() {
    return VaultScreeningRepository.ENTITY_TYPE;
  }

  @Override
  public void project(VaultSession session, MergedEntity entity) throws ReplicationException {
    FieldState revision = entity.fields().get("revision");
    if (revision == null || revision.isConflict()) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    entity
        .fields()
        .forEach(
            (name, state) -> {
              if (!state.value().isNull()) {
                root.set(name, state.value());
              }
            });
    ScreeningDraft draft;
    try {
      draft = ScreeningDraftJson.decode(root.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.warn(
          "Replicated screening {} does not decode; its read model is unchanged",
          entity.entityId());
      return;
    }
    if (!draft.id().equals(entity.entityId()) || !draft.finalised()) {
      LOG.warn(
          "Replicated screening {} is not a finalised screening of that id", entity.entityId());
      return;
    }
    try {
      boolean present =
          drafts.revisions(draft.id()).stream().anyMatch(d -> d.revision() == draft.revision());
      if (!present) {
        drafts.save(draft);
      }
    } catch (ScreeningStoreException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }

  @Override
  public Set<String> recordIds(VaultSession session, UUID entityId) throws ReplicationException {
    Set<String> ids = new LinkedHashSet<>();
    try {
      for (ScreeningDraft draft : drafts.revisions(entityId)) {
        ids.add(VaultScreeningRepository.rowId(entityId, draft.revision()));
      }
    } catch (ScreeningStoreException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
    return ids;
  }
}
