package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.VaultSession;
import org.depder.store.EntityState;
import org.depder.sync.revision.FieldState;
import org.depder.sync.revision.FieldWrite;
import org.depder.sync.revision.MergedEntity;

/**
 * {@link ConflictService} over the unlocked vault: lists come from the conflict index (vault format
 * 3), details from merging the entity's revisions, and a resolution is an ordinary revision made
 * through the {@link RevisionLog} on top of every head.
 */
public final class VaultConflictService implements ConflictService {
  /** Characters of a device id shown to people: enough to tell a team's laptops apart. */
  static final int SHORT_DEVICE_ID = 8;

  private final VaultSessions sessions;
  private final RevisionLog log;

  public VaultConflictService(VaultSessions sessions, RevisionLog log) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public List<ConflictSummary> conflicts() throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    List<EntityState> states;
    try {
      states = session.entityStates().conflicts();
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
    List<ConflictSummary> summaries = new ArrayList<>();
    for (EntityState s : states) {
      summaries.add(
          new ConflictSummary(
              new EntityRef(s.entityType(), s.entityId()),
              s.conflictFields(),
              Instant.ofEpochMilli(s.conflictSince().orElse(s.updatedAt()))));
    }
    return List.copyOf(summaries);
  }

  @Override
  public Set<UUID> conflicted(String entityType) throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    try {
      return session.entityStates().conflicted(entityType);
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }

  @Override
  public ConflictDetail conflict(EntityRef entity) throws ReplicationException {
    VaultSession session = EntityHistory.session(sessions);
    MergedEntity merged =
        EntityHistory.merged(session, entity)
            .orElseThrow(() -> new ReplicationException(ReplicationException.Problem.NOT_FOUND));
    Map<String, String> names = session.userDisplayNames();
    List<ConflictDetail.FieldConflict> fields = new ArrayList<>();
    for (Map.Entry<String, FieldState> field : merged.fields().entrySet()) {
      if (field.getValue() instanceof FieldState.Conflict conflict) {
        List<ConflictDetail.Candidate> candidates = new ArrayList<>();
        FieldWrite winner = conflict.provisionalWinner();
        for (FieldWrite write : conflict.candidates()) {
          candidates.add(
              new ConflictDetail.Candidate(
                  write.revisionId(),
                  displayValue(write.value()),
                  names.getOrDefault(write.author().toString(), write.author().toString()),
                  write.device().value().substring(0, SHORT_DEVICE_ID),
                  Instant.ofEpochMilli(write.hybridLogicalTime().physicalMillis()),
                  write.revisionId().equals(winner.revisionId())));
        }
        fields.add(
            new ConflictDetail.FieldConflict(
                field.getKey(), editable(conflict), List.copyOf(candidates)));
      }
    }
    return new ConflictDetail(entity, List.copyOf(fields));
  }

  @Override
  public void resolve(EntityRef entity, String field, Resolution resolution)
      throws ReplicationException {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(resolution, "resolution");
    MergedEntity merged = log.state(entity);
    if (!(merged.fields().get(field) instanceof FieldState.Conflict conflict)) {
      throw new ReplicationException(ReplicationException.Problem.NOT_FOUND);
    }
    JsonNode value;
    if (resolution instanceof Resolution.Pick pick) {
      value =
          conflict.candidates().stream()
              .filter(c -> c.revisionId().equals(pick.revisionId()))
              .findFirst()
              .map(FieldWrite::value)
              .orElseThrow(() -> new ReplicationException(ReplicationException.Problem.NOT_FOUND));
    } else if (resolution instanceof Resolution.Edit edit) {
      if (!editable(conflict)) {
        throw new ReplicationException(ReplicationException.Problem.NOT_EDITABLE);
      }
      value = JsonNodeFactory.instance.textNode(Objects.requireNonNull(edit.text(), "text"));
    } else {
      throw new IllegalArgumentException("unknown resolution");
    }
    log.revise(entity, Map.of(field, value));
  }

  /** JSON strings as their text, a cleared field as empty, anything else as compact JSON. */
  static String displayValue(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  /** Text fields may be edited: every candidate wrote a string (or cleared the field). */
  static boolean editable(FieldState.Conflict conflict) {
    boolean anyText = false;
    for (FieldWrite write : conflict.candidates()) {
      JsonNode value = write.value();
      if (value.isTextual()) {
        anyText = true;
      } else if (!value.isNull()) {
        return false;
      }
    }
    return anyText;
  }
}
