package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The merged state of one field: {@link Settled} when one write supersedes all others, {@link
 * Conflict} when two or more writes are concurrent (neither made on top of the other).
 */
public sealed interface FieldState {

  /** The value to show now: the settled value, or the provisional winner's. */
  default JsonNode value() {
    return current().value();
  }

  /** The write {@link #value()} comes from. */
  FieldWrite current();

  default boolean isConflict() {
    return this instanceof Conflict;
  }

  /** One write of the field is a descendant of every other write of it. */
  record Settled(FieldWrite current) implements FieldState {
    public Settled {
      Objects.requireNonNull(current, "current");
    }

    /** The revision that wrote the value. */
    public UUID revisionId() {
      return current.revisionId();
    }

    @Override
    public String toString() {
      return "Settled[" + current + "]";
    }
  }

  /**
   * Concurrent writes of one field, all kept, in {@link FieldWrite#PROVISIONAL_ORDER}, least first;
   * the last is the provisional winner shown until a person resolves the conflict with a revision
   * made on top of all of them.
   */
  record Conflict(List<FieldWrite> candidates) implements FieldState {
    public Conflict {
      candidates = candidates.stream().sorted(FieldWrite.PROVISIONAL_ORDER).toList();
      if (candidates.size() < 2) {
        throw new IllegalArgumentException("a conflict needs two candidates");
      }
    }

    public FieldWrite provisionalWinner() {
      return candidates.get(candidates.size() - 1);
    }

    @Override
    public FieldWrite current() {
      return provisionalWinner();
    }

    /** True when all candidates wrote the same value (still a conflict: nobody saw the other). */
    public boolean valuesAgree() {
      JsonNode first = candidates.get(0).value();
      return candidates.stream().allMatch(c -> c.value().equals(first));
    }

    @Override
    public String toString() {
      return "Conflict[" + candidates + "]";
    }
  }
}
