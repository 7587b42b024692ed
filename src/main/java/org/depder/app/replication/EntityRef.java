package org.depder.app.replication;

import java.util.Objects;
import java.util.UUID;

/** One replicated entity: its type code (for example {@code screening}) and id. */
public record EntityRef(String entityType, UUID entityId) {
  public EntityRef {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
  }
}
