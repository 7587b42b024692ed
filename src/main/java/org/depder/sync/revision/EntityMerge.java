package org.depder.sync.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Merges the revisions of an entity into its current state (docs/replication.md).
 *
 * <p>The rule, per field: take the revisions that wrote it; a writer that is an ancestor of another
 * writer is superseded; if one writer is left the field is settled, if several are left they are
 * concurrent and the field is in conflict, keeping every value. A resolution is therefore just a
 * revision made on top of the conflicting ones that writes the field.
 *
 * <p>Because the result depends only on the set (ids are de-duplicated, ordering uses nothing but
 * ids and the parent links), any order, any repetition and any batching of the same revisions give
 * an equal {@link MergedEntity}. Ancestry is computed once in topological order as one bit set per
 * revision: quadratic bits, which is a few kilobytes for an entity of a few hundred revisions.
 */
public final class EntityMerge {
  private static final Comparator<UUID> TEXT_ORDER = Comparator.comparing(UUID::toString);

  private EntityMerge() {}

  /**
   * The state of the entity the revisions belong to.
   *
   * @throws MergeRefusedException if the set is empty, mixes entities, holds two different
   *     revisions under one id, or has a parent cycle
   */
  public static MergedEntity merge(Collection<Revision> revisions) {
    Revision[] byIndex = distinct(revisions);
    int n = byIndex.length;
    Map<UUID, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(byIndex[i].revisionId(), i);
    }
    BitSet[] ancestors = ancestors(byIndex, index);

    BitSet notHeads = new BitSet(n);
    TreeSet<UUID> missing = new TreeSet<>(TEXT_ORDER);
    Map<String, List<Integer>> writers = new TreeMap<>();
    HybridTimestamp latest = byIndex[0].hybridLogicalTime();
    for (int i = 0; i < n; i++) {
      Revision revision = byIndex[i];
      for (UUID parent : revision.parents()) {
        Integer p = index.get(parent);
        if (p == null) {
          missing.add(parent);
        } else {
          notHeads.set(p);
        }
      }
      for (String field : revision.changes().keySet()) {
        writers.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
      }
      if (revision.hybridLogicalTime().compareTo(latest) > 0) {
        latest = revision.hybridLogicalTime();
      }
    }
    List<UUID> heads = new ArrayList<>();
    for (int i = notHeads.nextClearBit(0); i < n; i = notHeads.nextClearBit(i + 1)) {
      heads.add(byIndex[i].revisionId());
    }

    SortedMap<String, FieldState> fields = new TreeMap<>();
    writers.forEach(
        (field, writing) -> fields.put(field, state(field, writing, byIndex, ancestors)));
    return new MergedEntity(
        byIndex[0].entityType(),
        byIndex[0].entityId(),
        heads,
        fields,
        List.copyOf(missing),
        n,
        latest);
  }

  /**
   * Merges revisions of any number of entities, grouped by entity id, in entity id text order.
   *
   * @throws MergeRefusedException as {@link #merge} for any one entity
   */
  public static SortedMap<UUID, MergedEntity> mergeAll(Collection<Revision> revisions) {
    Map<UUID, List<Revision>> byEntity = new HashMap<>();
    for (Revision revision : revisions) {
      byEntity.computeIfAbsent(revision.entityId(), id -> new ArrayList<>()).add(revision);
    }
    SortedMap<UUID, MergedEntity> merged = new TreeMap<>(TEXT_ORDER);
    byEntity.forEach((id, list) -> merged.put(id, merge(list)));
    return merged;
  }

  private static FieldState state(
      String field, List<Integer> writing, Revision[] byIndex, BitSet[] ancestors) {
    BitSet superseded = new BitSet(byIndex.length);
    for (int w : writing) {
      superseded.or(ancestors[w]);
    }
    List<FieldWrite> candidates = new ArrayList<>(2);
    for (int w : writing) {
      if (!superseded.get(w)) {
        candidates.add(FieldWrite.of(byIndex[w], field));
      }
    }
    return candidates.size() == 1
        ? new FieldState.Settled(candidates.get(0))
        : new FieldState.Conflict(candidates);
  }

  /**
   * The distinct revisions in revision id text order; refuses divergent copies and mixed entities.
   */
  private static Revision[] distinct(Collection<Revision> revisions) {
    if (revisions.isEmpty()) {
      throw new MergeRefusedException(MergeRefusedException.Reason.EMPTY, null);
    }
    TreeMap<UUID, Revision> unique = new TreeMap<>(TEXT_ORDER);
    Revision first = revisions.iterator().next();
    for (Revision revision : revisions) {
      if (!revision.entityId().equals(first.entityId())
          || !revision.entityType().equals(first.entityType())) {
        throw new MergeRefusedException(
            MergeRefusedException.Reason.MIXED_ENTITIES, first.entityId());
      }
      Revision seen = unique.putIfAbsent(revision.revisionId(), revision);
      if (seen != null && !seen.equals(revision)) {
        // Equal signing bytes (1 vs 1.0) are the same revision: keep their one canonical reading,
        // which does not depend on which copy came first.
        if (!Arrays.equals(RevisionJson.signingBytes(seen), RevisionJson.signingBytes(revision))) {
          throw new MergeRefusedException(
              MergeRefusedException.Reason.DIVERGENT_DUPLICATE, revision.revisionId());
        }
        unique.put(revision.revisionId(), RevisionJson.normalized(revision));
      }
    }
    return unique.values().toArray(Revision[]::new);
  }

  /** For each revision, the set of its strict ancestors present in the set (Kahn's algorithm). */
  private static BitSet[] ancestors(Revision[] byIndex, Map<UUID, Integer> index) {
    int n = byIndex.length;
    int[] pendingParents = new int[n];
    List<List<Integer>> children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(1));
    }
    for (int i = 0; i < n; i++) {
      for (UUID parent : byIndex[i].parents()) {
        Integer p = index.get(parent);
        if (p != null) {
          pendingParents[i]++;
          children.get(p).add(i);
        }
      }
    }
    BitSet[] ancestors = new BitSet[n];
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (pendingParents[i] == 0) {
        ready.add(i);
      }
    }
    int done = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      done++;
      BitSet mine = new BitSet(n);
      for (UUID parent : byIndex[i].parents()) {
        Integer p = index.get(parent);
        if (p != null) {
          mine.or(ancestors[p]);
          mine.set(p);
        }
      }
      ancestors[i] = mine;
      for (int child : children.get(i)) {
        if (--pendingParents[child] == 0) {
          ready.add(child);
        }
      }
    }
    if (done < n) {
      int stuck = 0;
      while (ancestors[stuck] != null) {
        stuck++;
      }
      throw new MergeRefusedException(
          MergeRefusedException.Reason.CYCLE, byIndex[stuck].revisionId());
    }
    return ancestors;
  }
}
