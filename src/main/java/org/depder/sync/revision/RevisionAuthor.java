package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.depder.domain.UuidV7;

/**
 * Makes the revisions this device authors: fresh UUIDv7 ids, a reading of the device's hybrid
 * clock, and the parents the change was made on top of. Signing is separate ({@link
 * RevisionSigner}) so that building a revision never needs the key.
 */
public final class RevisionAuthor {
  private final DeviceId device;
  private final HybridLogicalClock clock;
  private final UuidV7 ids;

  public RevisionAuthor(DeviceId device, HybridLogicalClock clock, UuidV7 ids) {
    this.device = Objects.requireNonNull(device, "device");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** The first revision of a new entity, which gets a fresh UUIDv7 id. */
  public Revision create(
      UUID author, String entityType, Map<String, JsonNode> changes, int schemaVersion) {
    return build(author, entityType, ids.next(), List.of(), clock.now(), changes, schemaVersion);
  }

  /**
   * A change made on top of everything in {@code current}: its parents are all current heads, so it
   * supersedes every earlier write of the fields it writes, including all sides of a conflict. A
   * conflict resolution is exactly this with the chosen or edited value of the field.
   */
  public Revision revise(
      UUID author, MergedEntity current, Map<String, JsonNode> changes, int schemaVersion) {
    return build(
        author,
        current.entityType(),
        current.entityId(),
        current.heads(),
        clock.observe(current.latestTime()),
        changes,
        schemaVersion);
  }

  /**
   * A change made on top of the given parents. The clock should already have observed them (do that
   * for every revision received) so the new reading sorts after theirs.
   */
  public Revision revise(
      UUID author,
      String entityType,
      UUID entityId,
      Collection<UUID> parents,
      Map<String, JsonNode> changes,
      int schemaVersion) {
    return build(
        author, entityType, entityId, List.copyOf(parents), clock.now(), changes, schemaVersion);
  }

  private Revision build(
      UUID author,
      String entityType,
      UUID entityId,
      List<UUID> parents,
      HybridTimestamp time,
      Map<String, JsonNode> changes,
      int schemaVersion) {
    return new Revision(
        ids.next(),
        entityType,
        entityId,
        parents,
        author,
        device,
        time,
        new TreeMap<>(changes),
        schemaVersion);
  }
}
