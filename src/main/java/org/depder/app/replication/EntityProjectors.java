package org.depder.app.replication;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The projectors of the entity types this build materialises, one per type. Types without a
 * projector still replicate (their revisions are stored, merged and flagged for conflicts); they
 * simply have no read model on this device.
 */
public final class EntityProjectors {
  private final Map<String, EntityProjector> byType = new ConcurrentHashMap<>();

  /** Registers {@code projector}; a second projector for the same type is a programming error. */
  public EntityProjectors register(EntityProjector projector) {
    if (byType.putIfAbsent(projector.entityType(), projector) != null) {
      throw new IllegalStateException("two projectors for one entity type");
    }
    return this;
  }

  public Optional<EntityProjector> find(String entityType) {
    return Optional.ofNullable(byType.get(entityType));
  }
}
