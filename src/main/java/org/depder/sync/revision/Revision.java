package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One immutable change to one entity (ARCHITECTURE.md section 3). {@code parents} are the revisions
 * of the same entity this one was made on top of (empty for the creating revision, two or more for
 * a merge or a conflict resolution). {@code changes} maps field names to their new JSON values; a
 * JSON {@code null} clears a field.
 *
 * <p>Equality is by value; {@code changes} values are compared as Jackson trees.
 */
public record Revision(
    UUID revisionId,
    String entityType,
    UUID entityId,
    List<UUID> parents,
    UUID author,
    DeviceId device,
    HybridTimestamp hybridLogicalTime,
    SortedMap<String, JsonNode> changes,
    int schemaVersion) {

  private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final Pattern FIELD = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.]{0,79}");

  public Revision {
    Objects.requireNonNull(revisionId, "revisionId");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(hybridLogicalTime, "hybridLogicalTime");
    if (!ENTITY_TYPE.matcher(entityType).matches()) {
      throw new IllegalArgumentException("entity type must match " + ENTITY_TYPE.pattern());
    }
    List<UUID> sortedParents = parents.stream().distinct().sorted().toList();
    if (sortedParents.size() != parents.size()) {
      throw new IllegalArgumentException("duplicate parent");
    }
    if (sortedParents.contains(revisionId)) {
      throw new IllegalArgumentException("a revision cannot be its own parent");
    }
    parents = sortedParents;
    TreeMap<String, JsonNode> copy = new TreeMap<>();
    changes.forEach(
        (field, value) -> {
          if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("field name must match " + FIELD.pattern());
          }
          copy.put(field, Objects.requireNonNull(value, "change value").deepCopy());
        });
    changes = Collections.unmodifiableSortedMap(copy);
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema version starts at 1");
    }
  }

  public boolean isRoot() {
    return parents.isEmpty();
  }

  /** Ids and time only: field values may be personal data and must never reach a log. */
  @Override
  public String toString() {
    return "Revision["
        + entityType
        + " "
        + entityId
        + " rev "
        + revisionId
        + " at "
        + hybridLogicalTime
        + " fields "
        + changes.keySet()
        + "]";
  }
}
