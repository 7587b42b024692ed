package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.replication.Replica.changes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.depder.sync.revision.MergedEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops editing the same note offline and exchanging revisions, as bundles would carry. */
class TwoDeviceReplicationTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
  private Replica a;
  private Replica b;
  private EntityRef note;

  @BeforeEach
  void twoPairedDevicesShareANote() throws Exception {
    a = Replica.create(dir.resolve("a.depder"), clock);
    b = Replica.create(dir.resolve("b.depder"), clock);
    a.pin(b);
    b.pin(a);
    note = a.log.create(NoteProjector.TYPE, changes("title", "Ilkinji", "body", "tekst"));
    assertThat(b.receive(a, Set.of(note))).isEqualTo(AppliedRevisionsListener.ApplyReport.NOTHING);
    clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void concurrentChangesOfDifferentFieldsMergeOnBothDevices() throws Exception {
    a.log.revise(note, changes("title", "A-nyň ady"));
    b.log.revise(note, changes("body", "B-niň teksti"));
    assertThat(b.receive(a, Set.of(note)).conflictsOpened()).isZero();
    assertThat(a.receive(b, Set.of(note)).conflictsOpened()).isZero();

    MergedEntity onA = a.log.state(note);
    MergedEntity onB = b.log.state(note);
    assertThat(onA).isEqualTo(onB);
    assertThat(onA.hasConflicts()).isFalse();
    assertThat(onA.heads()).hasSize(2);
    assertThat(NoteProjector.read(a.session(), note.entityId()))
        .isEqualTo(NoteProjector.read(b.session(), note.entityId()));
    assertThat(NoteProjector.read(a.session(), note.entityId()).get("title").asText())
        .isEqualTo("A-nyň ady");
    assertThat(NoteProjector.read(a.session(), note.entityId()).get("body").asText())
        .isEqualTo("B-niň teksti");
    assertThat(a.conflicts.conflicts()).isEmpty();
    assertThat(b.conflicts.conflicted(NoteProjector.TYPE)).isEmpty();

    // The next change on either device is made on top of both heads.
    a.log.revise(note, changes("title", "soňky"));
    assertThat(a.log.state(note).heads()).hasSize(1);
  }

  @Test
  void aConflictShowsOnBothWithTheSameWinnerAndOneResolutionSettlesBoth() throws Exception {
    a.log.revise(note, changes("title", "A-nyň ady"));
    clock.advance(Duration.ofSeconds(5));
    b.log.revise(note, changes("title", "B-niň ady"));
    assertThat(b.receive(a, Set.of(note)).conflictsOpened()).isOne();
    assertThat(a.receive(b, Set.of(note)).conflictsOpened()).isOne();

    for (Replica r : new Replica[] {a, b}) {
      assertThat(r.conflicts.conflicted(NoteProjector.TYPE)).containsExactly(note.entityId());
      assertThat(r.conflicts.conflicts())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.entity()).isEqualTo(note);
                assertThat(s.fields()).isOne();
                assertThat(s.since()).isEqualTo(Instant.parse("2026-11-20T09:01:00Z"));
              });
    }
    ConflictDetail onA = a.conflicts.conflict(note);
    ConflictDetail onB = b.conflicts.conflict(note);
    assertThat(onA.fields())
        .singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("title"));
    ConflictDetail.FieldConflict fieldA = onA.fields().get(0);
    ConflictDetail.FieldConflict fieldB = onB.fields().get(0);
    assertThat(fieldA.editable()).isTrue();
    assertThat(fieldA.candidates())
        .extracting(ConflictDetail.Candidate::displayValue)
        .containsExactlyInAnyOrder("A-nyň ady", "B-niň ady");
    UUID winnerOnA = winner(fieldA);
    assertThat(winner(fieldB)).isEqualTo(winnerOnA);
    // B wrote later (hybrid time), so B's value is the provisional winner everywhere.
    assertThat(NoteProjector.read(a.session(), note.entityId()).get("title").asText())
        .isEqualTo("B-niň ady");
    assertThat(NoteProjector.read(b.session(), note.entityId()).get("title").asText())
        .isEqualTo("B-niň ady");

    // Authors are named by the local users' display names; another vault's user by id.
    ConflictDetail.Candidate fromA =
        fieldA.candidates().stream()
            .filter(c -> c.displayValue().equals("A-nyň ady"))
            .findFirst()
            .orElseThrow();
    ConflictDetail.Candidate fromB =
        fieldA.candidates().stream()
            .filter(c -> c.displayValue().equals("B-niň ady"))
            .findFirst()
            .orElseThrow();
    assertThat(fromA.author()).isEqualTo(TestVaults.ADMIN_NAME);
    assertThat(fromB.author()).isEqualTo(b.session().userId());
    assertThat(fromA.device()).isEqualTo(a.deviceId().value().substring(0, 8));
    assertThat(fromB.time()).isEqualTo(Instant.parse("2026-11-20T09:01:05Z"));

    // A keeps A's value; after the exchange both devices show it, settled.
    a.conflicts.resolve(note, "title", new Resolution.Pick(fromA.revisionId()));
    assertThat(a.conflicts.conflicts()).isEmpty();
    assertThat(a.conflicts.conflict(note).fields()).isEmpty();
    assertThat(b.receive(a, Set.of(note)).conflictsOpened()).isZero();
    for (Replica r : new Replica[] {a, b}) {
      assertThat(r.conflicts.conflicts()).isEmpty();
      assertThat(r.conflicts.conflicted(NoteProjector.TYPE)).isEmpty();
      assertThat(r.log.state(note).hasConflicts()).isFalse();
      assertThat(NoteProjector.read(r.session(), note.entityId()).get("title").asText())
          .isEqualTo("A-nyň ady");
    }
    assertThat(a.log.state(note)).isEqualTo(b.log.state(note));
  }

  @Test
  void anEditedTextResolvesATextConflict() throws Exception {
    a.log.revise(note, changes("title", "A"));
    b.log.revise(note, changes("title", "B"));
    b.receive(a, Set.of(note));
    b.conflicts.resolve(note, "title", new Resolution.Edit("A we B"));
    a.receive(b, Set.of(note));
    for (Replica r : new Replica[] {a, b}) {
      assertThat(r.log.state(note).value("title").orElseThrow().asText()).isEqualTo("A we B");
      assertThat(r.conflicts.conflicts()).isEmpty();
    }
  }

  @Test
  void onlyTextFieldsCanBeEditedAndOtherValuesShowAsCompactJson() throws Exception {
    a.log.revise(note, changes("size", 3));
    b.log.revise(
        note, changes("size", JsonNodeFactory.instance.objectNode().put("min", 1).put("max", 2)));
    a.receive(b, Set.of(note));

    ConflictDetail.FieldConflict size = a.conflicts.conflict(note).fields().get(0);
    assertThat(size.editable()).isFalse();
    assertThat(size.candidates())
        .extracting(ConflictDetail.Candidate::displayValue)
        .containsExactlyInAnyOrder("3", "{\"max\":2,\"min\":1}");
    assertThatThrownBy(() -> a.conflicts.resolve(note, "size", new Resolution.Edit("4")))
        .isInstanceOfSatisfying(
            ReplicationException.class,
            e -> assertThat(e.problem()).isEqualTo(ReplicationException.Problem.NOT_EDITABLE));
    assertThatThrownBy(
            () -> a.conflicts.resolve(note, "size", new Resolution.Pick(UUID.randomUUID())))
        .isInstanceOfSatisfying(
            ReplicationException.class,
            e -> assertThat(e.problem()).isEqualTo(ReplicationException.Problem.NOT_FOUND));
    assertThatThrownBy(
            () -> a.conflicts.resolve(note, "title", new Resolution.Edit("not in conflict")))
        .isInstanceOfSatisfying(
            ReplicationException.class,
            e -> assertThat(e.problem()).isEqualTo(ReplicationException.Problem.NOT_FOUND));

    UUID three =
        size.candidates().stream()
            .filter(c -> c.displayValue().equals("3"))
            .findFirst()
            .orElseThrow()
            .revisionId();
    a.conflicts.resolve(note, "size", new Resolution.Pick(three));
    assertThat(a.log.state(note).value("size").orElseThrow().asInt()).isEqualTo(3);
    assertThat(a.conflicts.conflicted(NoteProjector.TYPE)).isEmpty();
  }

  @Test
  void receivingTheSameRevisionsTwiceChangesNothing() throws Exception {
    a.log.revise(note, changes("title", "A"));
    b.log.revise(note, changes("title", "B"));
    assertThat(b.receive(a, Set.of(note)).conflictsOpened()).isOne();
    MergedEntity once = b.log.state(note);
    assertThat(b.receive(a, Set.of(note)).conflictsOpened()).isZero();
    assertThat(b.log.state(note)).isEqualTo(once);
    assertThat(b.conflicts.conflicts()).hasSize(1);
  }

  @Test
  void anEntityWhoseRevisionsCannotBeMergedDoesNotStopTheOthers() throws Exception {
    // Two revisions naming each other as parent: no honest device makes them, B's key signs them.
    UUID first = UUID.fromString("019ac8a0-0000-7000-8000-00000000c001");
    UUID second = UUID.fromString("019ac8a0-0000-7000-8000-00000000c002");
    UUID cyclic = UUID.fromString("019ac8a0-0000-7000-8000-00000000c0c0");
    org.depder.sync.revision.RevisionSigner signer =
        new org.depder.sync.revision.RevisionSigner(b.deviceId(), b.session().deviceKeys()::sign);
    java.util.List<org.depder.store.RevisionEntry> entries = new java.util.ArrayList<>();
    for (UUID[] pair : new UUID[][] {{first, second}, {second, first}}) {
      entries.add(
          EntityHistory.entry(
              signer.sign(
                  new org.depder.sync.revision.Revision(
                      pair[0],
                      NoteProjector.TYPE,
                      cyclic,
                      java.util.List.of(pair[1]),
                      UUID.fromString(b.session().userId()),
                      b.deviceId(),
                      new org.depder.sync.revision.HybridTimestamp(1, 0),
                      new java.util.TreeMap<>(changes("title", "x")),
                      1))));
    }
    b.log.revise(note, changes("title", "B"));
    entries.addAll(
        b.session().replication().revisions().revisionsOf(note.entityId()).stream()
            .map(org.depder.store.StoredRevision::entry)
            .toList());

    a.receive(entries);
    assertThat(NoteProjector.read(a.session(), cyclic)).isNull();
    assertThat(NoteProjector.read(a.session(), note.entityId()).get("title").asText())
        .isEqualTo("B");
  }

  private static UUID winner(ConflictDetail.FieldConflict field) {
    return field.candidates().stream()
        .filter(ConflictDetail.Candidate::provisionalWinner)
        .findFirst()
        .orElseThrow()
        .revisionId();
  }
}
