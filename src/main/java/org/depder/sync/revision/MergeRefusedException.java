package org.depder.sync.revision;

import java.util.Objects;
import java.util.UUID;

/**
 * A set of revisions that has no merged state. Nothing from such a set should be applied: it can
 * only come from a faulty or malicious device, and silently picking one reading would let devices
 * diverge.
 */
public final class MergeRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the set. */
  public enum Reason {
    /** Two revisions share a revision id but differ in content. */
    DIVERGENT_DUPLICATE,
    /** The revisions belong to more than one entity (or one id under two entity types). */
    MIXED_ENTITIES,
    /** Parent links form a cycle, which no honest history can. */
    CYCLE,
    /** No revisions at all. */
    EMPTY
  }

  private final Reason reason;
  private final UUID id;

  public MergeRefusedException(Reason reason, UUID id) {
    super("merge refused: " + reason + (id == null ? "" : " at " + id));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.id = id;
  }

  public Reason reason() {
    return reason;
  }

  /** The revision or entity id the problem was found at, or null. */
  public UUID id() {
    return id;
  }
}
