package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The current state of one entity: the merge of a set of its revisions (see {@link EntityMerge}). A
 * function of the set alone, so every device holding the same revisions holds an equal value.
 *
 * @param heads revisions no other revision in the set was made on top of, in uuid text order: the
 *     parents of the next revision
 * @param fields every field any revision wrote, in name order; a field cleared with JSON null is
 *     kept with a null value so that who cleared it stays visible
 * @param missingParents parents named by revisions in the set but not in it (not yet received), in
 *     uuid text order; while any are missing, writes related only through them look concurrent
 * @param revisionCount distinct revisions merged
 * @param latestTime the greatest hybrid time in the set, for the clock to observe before building
 *     on it
 */
public record MergedEntity(
    String entityType,
    UUID entityId,
    List<UUID> heads,
    SortedMap<String, FieldState> fields,
    List<UUID> missingParents,
    int revisionCount,
    HybridTimestamp latestTime) {

  public MergedEntity {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    heads = List.copyOf(heads);
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    missingParents = List.copyOf(missingParents);
    Objects.requireNonNull(latestTime, "latestTime");
  }

  /**
   * The value shown for {@code field} (provisional winner if in conflict); empty if never written.
   */
  public Optional<JsonNode> value(String field) {
    FieldState state = fields.get(field);
    return state == null ? Optional.empty() : Optional.of(state.value());
  }

  public boolean hasConflicts() {
    return fields.values().stream().anyMatch(FieldState::isConflict);
  }

  /** Names of the fields in conflict, in name order. */
  public List<String> conflictedFields() {
    return fields.entrySet().stream()
        .filter(e -> e.getValue().isConflict())
        .map(SortedMap.Entry::getKey)
        .toList();
  }

  /** True when every parent of every revision is present: the state can no longer be partial. */
  public boolean isComplete() {
    return missingParents.isEmpty();
  }

  /** Ids and field names only. */
  @Override
  public String toString() {
    return "MergedEntity["
        + entityType
        + " "
        + entityId
        + " heads "
        + heads
        + " conflicts "
        + conflictedFields()
        + " missing "
        + missingParents
        + "]";
  }
}
