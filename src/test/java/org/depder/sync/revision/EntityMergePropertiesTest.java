package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.sync.revision.TestRevisions.changes;
import static org.depder.sync.revision.TestRevisions.id;
import static org.depder.sync.revision.TestRevisions.rev;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The merge laws of issue 5 over histories from simulated devices that edit offline, fork and sync,
 * checked against a brute-force oracle that walks parent links.
 */
class EntityMergePropertiesTest {
  private static final String[] FIELDS = {"a", "b", "c"};
  private static final int DEVICES = 3;

  /** kind 0-1: device edits the fields in mask on top of its heads; kind 2: device pulls other. */
  record Step(int kind, int device, int other, int mask, int value, int jitter) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, DEVICES - 1),
            Arbitraries.integers().between(0, DEVICES - 1),
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 4))
        .as(Step::new)
        .list()
        .ofMaxSize(30);
  }

  /** The simulation: every device starts with the root; returns what each device ends up with. */
  static List<Set<Revision>> simulate(List<Step> steps) {
    Revision root = rev(0, 1, 1000, changes("a", "0", "b", "0", "c", "0"));
    List<Set<Revision>> known = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      known.add(new LinkedHashSet<>(List.of(root)));
    }
    int next = 1;
    for (Step step : steps) {
      Set<Revision> mine = known.get(step.device());
      if (step.kind() == 2) {
        mine.addAll(known.get(step.other()));
        continue;
      }
      Map<String, JsonNode> writes = new TreeMap<>();
      for (int f = 0; f < FIELDS.length; f++) {
        if ((step.mask() & (1 << f)) != 0) {
          writes.put(FIELDS[f], TestRevisions.NODES.textNode("v" + step.value()));
        }
      }
      int[] parents =
          heads(mine).stream().mapToInt(r -> TestRevisions.number(r.revisionId())).toArray();
      // Times jitter and tie on purpose: ancestry must never depend on them.
      mine.add(rev(next++, step.device() + 1, 1000 + step.jitter(), writes, parents));
    }
    return known;
  }

  static List<Revision> everything(List<Set<Revision>> known) {
    Set<Revision> all = new LinkedHashSet<>();
    known.forEach(all::addAll);
    return new ArrayList<>(all);
  }

  static List<Revision> randomSubset(List<Revision> all, Random random) {
    if (random.nextBoolean()) {
      return all;
    }
    List<Revision> subset = all.stream().filter(r -> random.nextInt(4) != 0).toList();
    return subset.isEmpty() ? all : subset;
  }

  @Property(tries = 300)
  void anyOrderAndAnyRepetitionOfTheSameSetGiveTheSameState(
      @ForAll("steps") List<Step> steps, @ForAll Random random) {
    List<Revision> set = randomSubset(everything(simulate(steps)), random);
    List<Revision> shuffled = new ArrayList<>(set);
    for (int i = random.nextInt(set.size() + 1); i > 0; i--) {
      shuffled.add(set.get(random.nextInt(set.size())));
    }
    Collections.shuffle(shuffled, random);

    assertThat(EntityMerge.merge(shuffled)).isEqualTo(EntityMerge.merge(set));
  }

  @Property(tries = 200)
  void applyingASetTwiceOrInOverlappingBatchesEqualsApplyingItOnce(
      @ForAll("steps") List<Step> steps, @ForAll Random random) {
    List<Revision> set = everything(simulate(steps));
    List<Revision> twice = new ArrayList<>(set);
    twice.addAll(set);
    assertThat(EntityMerge.merge(twice)).isEqualTo(EntityMerge.merge(set));

    List<Revision> firstBatch = randomSubset(set, random);
    List<Revision> secondBatch = new ArrayList<>(randomSubset(set, random));
    secondBatch.addAll(set.stream().filter(r -> !firstBatch.contains(r)).toList());
    List<Revision> received = new ArrayList<>(firstBatch);
    received.addAll(secondBatch);
    assertThat(EntityMerge.merge(received)).isEqualTo(EntityMerge.merge(set));
  }

  @Property(tries = 200)
  void devicesThatExchangedEverythingShowTheSameStateAndWinners(
      @ForAll("steps") List<Step> steps, @ForAll Random random) {
    List<Set<Revision>> known = simulate(steps);
    List<Revision> all = everything(known);
    List<MergedEntity> states = new ArrayList<>();
    for (Set<Revision> device : known) {
      List<Revision> missing = new ArrayList<>(all);
      missing.removeAll(device);
      List<Revision> received = new ArrayList<>(device);
      Collections.shuffle(missing, random);
      received.addAll(missing);
      states.add(EntityMerge.merge(received));
    }
    assertThat(states).allSatisfy(state -> assertThat(state).isEqualTo(states.get(0)));
  }

  @Property(tries = 500)
  void conflictsAreExactlyTheConcurrentLatestWritersOfAField(
      @ForAll("steps") List<Step> steps, @ForAll Random random) {
    List<Revision> set = randomSubset(everything(simulate(steps)), random);
    Oracle oracle = new Oracle(set);

    MergedEntity merged = EntityMerge.merge(set);

    assertThat(merged.heads()).containsExactlyInAnyOrderElementsOf(oracle.heads());
    assertThat(merged.missingParents()).containsExactlyInAnyOrderElementsOf(oracle.missing());
    for (String field : FIELDS) {
      List<Revision> writers = set.stream().filter(r -> r.changes().containsKey(field)).toList();
      FieldState state = merged.fields().get(field);
      if (writers.isEmpty()) {
        assertThat(state).isNull();
        continue;
      }
      List<Revision> latest =
          writers.stream()
              .filter(w -> writers.stream().noneMatch(o -> oracle.isAncestor(w, o)))
              .toList();
      boolean someWritersConcurrent =
          writers.stream()
              .anyMatch(w -> writers.stream().anyMatch(o -> w != o && oracle.concurrent(w, o)));
      assertThat(state.isConflict()).isEqualTo(latest.size() > 1);
      if (!someWritersConcurrent) {
        assertThat(state.isConflict()).as("writers in a chain never conflict").isFalse();
      }
      if (state instanceof FieldState.Conflict conflict) {
        assertThat(conflict.candidates())
            .extracting(FieldWrite::revisionId)
            .containsExactlyInAnyOrderElementsOf(
                latest.stream().map(Revision::revisionId).toList());
        for (Revision w : latest) {
          for (Revision o : latest) {
            assertThat(w == o || oracle.concurrent(w, o)).isTrue();
          }
        }
        Revision winner = latest.stream().max(Oracle.PROVISIONAL).orElseThrow();
        assertThat(conflict.provisionalWinner().revisionId()).isEqualTo(winner.revisionId());
        assertThat(conflict.value()).isEqualTo(winner.changes().get(field));
      } else {
        Revision only = latest.get(0);
        assertThat(state.current().revisionId()).isEqualTo(only.revisionId());
        writers.stream()
            .filter(w -> w != only)
            .forEach(w -> assertThat(oracle.isAncestor(w, only)).isTrue());
      }
    }
  }

  @Property(tries = 300)
  void aResolutionOnTopOfTheConflictingRevisionsSettlesOnlyThatField(
      @ForAll("steps") List<Step> steps) {
    List<Revision> set = everything(simulate(steps));
    MergedEntity before = EntityMerge.merge(set);
    int next = 10_000;
    for (String field : before.conflictedFields()) {
      FieldState.Conflict conflict = (FieldState.Conflict) before.fields().get(field);
      int[] parents =
          conflict.candidates().stream()
              .mapToInt(c -> TestRevisions.number(c.revisionId()))
              .toArray();
      Revision resolution = rev(next, 3, 999, changes(field, "resolved"), parents);
      List<Revision> withResolution = new ArrayList<>(set);
      withResolution.add(resolution);

      MergedEntity after = EntityMerge.merge(withResolution);

      FieldState resolved = after.fields().get(field);
      assertThat(resolved).isInstanceOf(FieldState.Settled.class);
      assertThat(resolved.current().revisionId()).isEqualTo(id(next));
      before
          .fields()
          .forEach(
              (other, state) -> {
                if (!other.equals(field)) {
                  assertThat(after.fields().get(other)).isEqualTo(state);
                }
              });
      next++;
    }
  }

  static Set<Revision> heads(Collection<Revision> revisions) {
    Set<UUID> parents = new HashSet<>();
    revisions.forEach(r -> parents.addAll(r.parents()));
    return revisions.stream()
        .filter(r -> !parents.contains(r.revisionId()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Ancestry by walking parent links, with no cleverness to share bugs with. */
  static final class Oracle {
    static final Comparator<Revision> PROVISIONAL =
        Comparator.comparing(Revision::hybridLogicalTime)
            .thenComparing(r -> r.device().value())
            .thenComparing(r -> r.revisionId().toString());

    private final Map<UUID, Revision> byId = new HashMap<>();

    Oracle(Collection<Revision> revisions) {
      revisions.forEach(r -> byId.put(r.revisionId(), r));
    }

    boolean isAncestor(Revision candidate, Revision of) {
      ArrayDeque<UUID> todo = new ArrayDeque<>(of.parents());
      Set<UUID> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        UUID next = todo.pop();
        Revision present = byId.get(next);
        if (present == null || !seen.add(next)) {
          continue;
        }
        if (next.equals(candidate.revisionId())) {
          return true;
        }
        todo.addAll(present.parents());
      }
      return false;
    }

    boolean concurrent(Revision a, Revision b) {
      return !isAncestor(a, b) && !isAncestor(b, a);
    }

    List<UUID> heads() {
      return EntityMergePropertiesTest.heads(byId.values()).stream()
          .map(Revision::revisionId)
          .toList();
    }

    Set<UUID> missing() {
      Set<UUID> missing = new HashSet<>();
      byId.values().forEach(r -> missing.addAll(r.parents()));
      missing.removeAll(byId.keySet());
      return missing;
    }
  }
}
