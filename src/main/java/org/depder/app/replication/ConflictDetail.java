package org.depder.app.replication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every conflicting field of one entity, for the side-by-side review screen. */
public record ConflictDetail(EntityRef entity, List<FieldConflict> fields) {

  /**
   * One field and its concurrent values.
   *
   * @param field the field name; the screen translates {@code field.<entityType>.<field>} when
   *     present and shows the name otherwise
   * @param editable whether a free text may replace the candidates (text fields only)
   */
  public record FieldConflict(String field, boolean editable, List<Candidate> candidates) {}

  /**
   * One side of a conflict.
   *
   * @param displayValue the value as text (empty when the field was cleared)
   * @param author display name of the user who wrote it, or their id when unknown here
   * @param device short id of the device that signed it
   * @param provisionalWinner the value shown until someone resolves the conflict
   */
  public record Candidate(
      UUID revisionId,
      String displayValue,
      String author,
      String device,
      Instant time,
      boolean provisionalWinner) {}
}
