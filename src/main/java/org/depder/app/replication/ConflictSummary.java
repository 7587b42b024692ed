package org.depder.app.replication;

import java.time.Instant;

/**
 * An entity with open conflicts, for the conflict list: no field values.
 *
 * @param fields how many fields are in conflict
 * @param since the time of the oldest conflicting write
 */
public record ConflictSummary(EntityRef entity, int fields, Instant since) {}
