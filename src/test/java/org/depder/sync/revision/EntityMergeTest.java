package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.sync.revision.TestRevisions.changes;
import static org.depder.sync.revision.TestRevisions.id;
import static org.depder.sync.revision.TestRevisions.rev;
import static org.depder.sync.revision.TestRevisions.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.depder.sync.canonical.StrictJsonParser;
import org.junit.jupiter.api.Test;

class EntityMergeTest {
  private static final String SECRET = "Aýna-private-value";

  private static final Revision ROOT = rev(1, 1, 100, changes("name", "Aýna", "city", "Mary"));

  private static FieldState field(MergedEntity merged, String name) {
    return merged.fields().get(name);
  }

  private static String text(FieldState state) {
    return state.value().textValue();
  }

  @Test
  void aSingleCreatingRevisionSettlesEveryFieldItWrites() {
    MergedEntity merged = EntityMerge.merge(List.of(ROOT));

    assertThat(merged.entityType()).isEqualTo("person");
    assertThat(merged.heads()).containsExactly(id(1));
    assertThat(merged.fields()).containsOnlyKeys("city", "name");
    assertThat(field(merged, "name")).isInstanceOf(FieldState.Settled.class);
    assertThat(((FieldState.Settled) field(merged, "name")).revisionId()).isEqualTo(id(1));
    assertThat(merged.value("name")).contains(TestRevisions.NODES.textNode("Aýna"));
    assertThat(merged.value("phone")).isEmpty();
    assertThat(merged.hasConflicts()).isFalse();
    assertThat(merged.isComplete()).isTrue();
    assertThat(merged.revisionCount()).isEqualTo(1);
  }

  @Test
  void aLaterRevisionSupersedesItsAncestorWhateverTheClocksSay() {
    // The child's clock reads earlier than the parent's: ancestry decides, never time.
    Revision child = rev(2, 2, 50, changes("city", "Türkmenabat"), 1);

    MergedEntity merged = EntityMerge.merge(List.of(child, ROOT));

    assertThat(text(field(merged, "city"))).isEqualTo("Türkmenabat");
    assertThat(field(merged, "city").isConflict()).isFalse();
    assertThat(text(field(merged, "name"))).isEqualTo("Aýna");
    assertThat(merged.heads()).containsExactly(id(2));
  }

  @Test
  void concurrentChangesToDifferentFieldsMergeByThemselves() {
    Revision a = rev(2, 1, 200, changes("city", "Daşoguz"), 1);
    Revision b = rev(3, 2, 200, changes("name", "Aýnabat"), 1);

    MergedEntity merged = EntityMerge.merge(List.of(ROOT, a, b));

    assertThat(merged.hasConflicts()).isFalse();
    assertThat(text(field(merged, "city"))).isEqualTo("Daşoguz");
    assertThat(text(field(merged, "name"))).isEqualTo("Aýnabat");
    assertThat(merged.heads()).containsExactlyInAnyOrder(id(2), id(3));
  }

  @Test
  void concurrentChangesToOneFieldAreAConflictKeepingBothValues() {
    Revision a = rev(2, 1, 300, changes("city", "Daşoguz"), 1);
    Revision b = rev(3, 2, 200, changes("city", "Balkanabat"), 1);

    MergedEntity merged = EntityMerge.merge(List.of(ROOT, a, b));

    FieldState.Conflict conflict = (FieldState.Conflict) field(merged, "city");
    assertThat(conflict.candidates())
        .extracting(FieldWrite::revisionId)
        .containsExactly(id(3), id(2));
    assertThat(conflict.provisionalWinner().revisionId()).isEqualTo(id(2));
    assertThat(text(conflict)).isEqualTo("Daşoguz");
    assertThat(conflict.candidates().get(0).device()).isEqualTo(TestRevisions.device(2));
    assertThat(merged.conflictedFields()).containsExactly("city");
    assertThat(conflict.valuesAgree()).isFalse();
  }

  @Test
  void equalTimesAreBrokenByDeviceThenByRevisionIdText() {
    Revision a = rev(2, 7, time(300, 1), changes("city", "A"), 1);
    Revision b = rev(3, 9, time(300, 1), changes("city", "B"), 1);
    assertThat(
            ((FieldState.Conflict) field(EntityMerge.merge(List.of(ROOT, a, b)), "city"))
                .provisionalWinner()
                .revisionId())
        .isEqualTo(id(3));

    Revision c = rev(4, 9, time(300, 1), changes("city", "C"), 1);
    UUID greaterText = id(3).toString().compareTo(id(4).toString()) > 0 ? id(3) : id(4);
    assertThat(
            ((FieldState.Conflict) field(EntityMerge.merge(List.of(ROOT, c, b)), "city"))
                .provisionalWinner()
                .revisionId())
        .isEqualTo(greaterText);
  }

  @Test
  void aResolutionOnTopOfBothSidesSettlesTheField() {
    Revision a = rev(2, 1, 300, changes("city", "Daşoguz"), 1);
    Revision b = rev(3, 2, 200, changes("city", "Balkanabat", "name", "Aýnabat"), 1);
    Revision resolution = rev(4, 2, 400, changes("city", "Balkanabat"), 2, 3);

    MergedEntity merged = EntityMerge.merge(List.of(ROOT, a, b, resolution));

    assertThat(merged.hasConflicts()).isFalse();
    assertThat(((FieldState.Settled) field(merged, "city")).revisionId()).isEqualTo(id(4));
    assertThat(text(field(merged, "name"))).isEqualTo("Aýnabat");
    assertThat(merged.heads()).containsExactly(id(4));
  }

  @Test
  void joiningTheHeadsWithoutWritingTheFieldLeavesTheConflictOpen() {
    Revision a = rev(2, 1, 300, changes("city", "Daşoguz"), 1);
    Revision b = rev(3, 2, 200, changes("city", "Balkanabat"), 1);
    Revision join = rev(4, 2, 400, changes("name", "Aýnabat"), 2, 3);

    MergedEntity merged = EntityMerge.merge(List.of(ROOT, a, b, join));

    assertThat(merged.conflictedFields()).containsExactly("city");
    assertThat(merged.heads()).containsExactly(id(4));
  }

  @Test
  void aConflictBetweenThreeDevicesKeepsAllThree() {
    List<Revision> all = new ArrayList<>(List.of(ROOT));
    for (int d = 2; d <= 4; d++) {
      all.add(rev(d, d, 300 + d, changes("city", "c" + d), 1));
    }
    FieldState.Conflict conflict = (FieldState.Conflict) field(EntityMerge.merge(all), "city");
    assertThat(conflict.candidates()).hasSize(3);
    assertThat(conflict.provisionalWinner().revisionId()).isEqualTo(id(4));
  }

  @Test
  void sameValueWrittenConcurrentlyIsStillReportedAsAConflictThatAgrees() {
    Revision a = rev(2, 1, 300, changes("city", "Mary"), 1);
    Revision b = rev(3, 2, 300, changes("city", "Mary"), 1);
    FieldState.Conflict conflict =
        (FieldState.Conflict) field(EntityMerge.merge(List.of(ROOT, a, b)), "city");
    assertThat(conflict.valuesAgree()).isTrue();
  }

  @Test
  void aNullClearsTheFieldAndKeepsWhoClearedIt() {
    Revision clear = rev(2, 1, 300, changes("city", TestRevisions.NODES.nullNode()), 1);
    FieldState city = field(EntityMerge.merge(List.of(ROOT, clear)), "city");
    assertThat(city.value().isNull()).isTrue();
    assertThat(city.current().revisionId()).isEqualTo(id(2));
  }

  @Test
  void duplicatesAreAppliedOnce() {
    Revision a = rev(2, 1, 300, changes("city", "Daşoguz"), 1);
    MergedEntity once = EntityMerge.merge(List.of(ROOT, a));
    MergedEntity repeated = EntityMerge.merge(List.of(a, ROOT, a, ROOT, a));
    assertThat(repeated).isEqualTo(once);
    assertThat(repeated.revisionCount()).isEqualTo(2);
  }

  @Test
  void oneRevisionIdWithTwoContentsIsRefused() {
    Revision a = rev(2, 1, 300, changes("city", "Daşoguz"), 1);
    Revision forged = rev(2, 1, 300, changes("city", SECRET), 1);
    assertThatThrownBy(() -> EntityMerge.merge(List.of(ROOT, a, forged)))
        .isInstanceOf(MergeRefusedException.class)
        .hasMessageNotContaining(SECRET)
        .satisfies(
            e -> {
              MergeRefusedException refused = (MergeRefusedException) e;
              assertThat(refused.reason())
                  .isEqualTo(MergeRefusedException.Reason.DIVERGENT_DUPLICATE);
              assertThat(refused.id()).isEqualTo(id(2));
            });
  }

  @Test
  void copiesThatDifferOnlyInNumberSpellingAreOneRevisionWhateverTheOrder() {
    Revision one = rev(2, 1, 300, changes("n", json("1")), 1);
    Revision onePointZero = rev(2, 1, 300, changes("n", json("1.0")), 1);
    MergedEntity forward = EntityMerge.merge(List.of(ROOT, one, onePointZero));
    MergedEntity backward = EntityMerge.merge(List.of(onePointZero, ROOT, one));
    assertThat(forward).isEqualTo(backward);
    assertThat(forward.revisionCount()).isEqualTo(2);
  }

  @Test
  void revisionsWhoseParentsAreMissingAreStillMergedAndTheGapIsReported() {
    Revision a = rev(2, 1, 300, changes("city", "Daşoguz"), 1);
    Revision b = rev(3, 2, 400, changes("city", "Balkanabat"), 2);

    MergedEntity partial = EntityMerge.merge(List.of(ROOT, b));
    assertThat(partial.missingParents()).containsExactly(id(2));
    assertThat(partial.isComplete()).isFalse();
    // Without a, nothing links b to ROOT: the two writes of city look concurrent for now.
    assertThat(partial.conflictedFields()).containsExactly("city");

    MergedEntity complete = EntityMerge.merge(List.of(ROOT, b, a));
    assertThat(complete.isComplete()).isTrue();
    assertThat(complete.hasConflicts()).isFalse();
    assertThat(text(field(complete, "city"))).isEqualTo("Balkanabat");
  }

  @Test
  void aSetWithoutItsRootStillMerges() {
    Revision b = rev(3, 2, 400, changes("city", "Balkanabat"), 1);
    MergedEntity merged = EntityMerge.merge(List.of(b));
    assertThat(merged.missingParents()).containsExactly(id(1));
    assertThat(text(field(merged, "city"))).isEqualTo("Balkanabat");
  }

  @Test
  void revisionsOfTwoEntitiesAreRefusedByMergeButGroupedByMergeAll() {
    Revision other =
        new Revision(
            id(9),
            "person",
            id(99),
            List.of(),
            TestRevisions.AUTHOR,
            TestRevisions.device(1),
            time(5, 0),
            new java.util.TreeMap<>(changes("name", "x")),
            1);
    assertThatThrownBy(() -> EntityMerge.merge(List.of(ROOT, other)))
        .isInstanceOf(MergeRefusedException.class)
        .extracting(e -> ((MergeRefusedException) e).reason())
        .isEqualTo(MergeRefusedException.Reason.MIXED_ENTITIES);

    var all = EntityMerge.mergeAll(List.of(ROOT, other, rev(2, 1, 300, changes("city", "x"), 1)));
    assertThat(all).containsOnlyKeys(TestRevisions.ENTITY, id(99));
    assertThat(all.get(TestRevisions.ENTITY).revisionCount()).isEqualTo(2);
  }

  @Test
  void oneEntityIdUnderTwoTypesIsRefused() {
    Revision sameIdOtherType =
        new Revision(
            id(9),
            "screening",
            TestRevisions.ENTITY,
            List.of(),
            TestRevisions.AUTHOR,
            TestRevisions.device(1),
            time(5, 0),
            new java.util.TreeMap<>(),
            1);
    assertThatThrownBy(() -> EntityMerge.merge(List.of(ROOT, sameIdOtherType)))
        .isInstanceOf(MergeRefusedException.class);
  }

  @Test
  void aParentCycleIsRefused() {
    Revision a = rev(2, 1, 300, changes("city", "x"), 3);
    Revision b = rev(3, 1, 300, changes("city", "y"), 2);
    assertThatThrownBy(() -> EntityMerge.merge(List.of(ROOT, a, b)))
        .isInstanceOf(MergeRefusedException.class)
        .extracting(e -> ((MergeRefusedException) e).reason())
        .isEqualTo(MergeRefusedException.Reason.CYCLE);
  }

  @Test
  void anEmptySetIsRefused() {
    assertThatThrownBy(() -> EntityMerge.merge(List.of()))
        .isInstanceOf(MergeRefusedException.class);
  }

  @Test
  void aLongHistoryWithManyForksMerges() {
    List<Revision> all = new ArrayList<>(List.of(ROOT));
    int previous = 1;
    for (int i = 2; i < 600; i += 3) {
      all.add(rev(i, 1, 1000 + i, changes("city", "a" + i), previous));
      all.add(rev(i + 1, 2, 1000 + i, changes("city", "b" + i, "name", "n" + i), previous));
      all.add(rev(i + 2, 3, 1000 + i, changes("city", "r" + i), i, i + 1));
      previous = i + 2;
    }
    MergedEntity merged = EntityMerge.merge(all);
    assertThat(merged.hasConflicts()).isFalse();
    assertThat(merged.heads()).containsExactly(id(previous));
    assertThat(merged.revisionCount()).isEqualTo(all.size());
  }

  @Test
  void noStringFormShowsAValue() {
    Revision a = rev(2, 1, 300, changes("city", SECRET), 1);
    Revision b = rev(3, 2, 300, changes("city", SECRET + "2"), 1);
    MergedEntity merged = EntityMerge.merge(List.of(ROOT, a, b));
    assertThat(merged.toString()).doesNotContain(SECRET).contains("city");
    assertThat(merged.fields().toString()).doesNotContain(SECRET);
  }

  @Test
  void returnedValuesAreCopiesThatCannotChangeTheState() {
    MergedEntity merged = EntityMerge.merge(List.of(rev(1, 1, 1, changes("a", json("[1]")))));
    ((com.fasterxml.jackson.databind.node.ArrayNode) merged.value("a").orElseThrow()).add(2);
    assertThat(merged.value("a").orElseThrow()).isEqualTo(json("[1]"));
  }

  private static JsonNode json(String text) {
    return StrictJsonParser.parse(text.getBytes(StandardCharsets.UTF_8));
  }
}
