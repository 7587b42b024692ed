package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.app.replication.Replica.changes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.MutableClock;
import org.depder.store.EntityState;
import org.depder.store.OutboxEntry;
import org.depder.store.RevisionEntry;
import org.depder.sync.revision.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Need to know: an entity transferred away is removed from this device, never losing work. */
class CustodyPurgeTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
  private Replica a;
  private Replica b;
  private TestServer server;

  @BeforeEach
  void devicesEnrolledWithOneServer() throws Exception {
    a = Replica.create(dir.resolve("a.depder"), clock);
    b = Replica.create(dir.resolve("b.depder"), clock);
    server = new TestServer(clock);
    server.enrol(a);
    server.enrol(b);
    a.pin(b);
    b.pin(a);
  }

  @Test
  void aReleasedEntityIsPurgedWithItsReadModelAndLateRevisionsStayOut() throws Exception {
    EntityRef note = b.log.create(NoteProjector.TYPE, changes("title", "gizlin"));
    a.receive(b, Set.of(note));
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNotNull();
    assertThat(
            a.session().records().findIdsByToken(NoteProjector.token(a.session(), note.entityId())))
        .containsExactly(note.entityId().toString());

    List<RevisionEntry> custody = server.transferThenRelease(a.deviceId(), note);
    assertThat(a.receive(custody.subList(0, 1)).purged()).isZero();
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNotNull();

    assertThat(a.receive(custody.subList(1, 2)).purged()).isOne();
    assertThat(a.session().replication().revisions().revisionsOf(note.entityId())).isEmpty();
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNull();
    assertThat(
            a.session().records().findIdsByToken(NoteProjector.token(a.session(), note.entityId())))
        .isEmpty();
    assertThat(a.log.find(note)).isEmpty();
    assertThat(a.session().entityStates().find(note.entityId()).orElseThrow().custody())
        .isEqualTo(EntityState.Custody.PURGED);

    // B keeps editing; the late revision reaches A but never comes back into its read model.
    b.log.revise(note, changes("title", "täze"));
    assertThat(a.receive(b, Set.of(note)).purged()).isZero();
    assertThat(a.session().replication().revisions().revisionsOf(note.entityId())).isEmpty();
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNull();
    // B was not told to release it and keeps it.
    assertThat(NoteProjector.read(b.session(), note.entityId()).get("title").asText())
        .isEqualTo("täze");
  }

  @Test
  void thePurgeWaitsUntilLocalChangesAreAcknowledged() throws Exception {
    EntityRef note = a.log.create(NoteProjector.TYPE, changes("title", "meniňki"));
    a.log.revise(note, changes("body", "goşmaça"));

    AppliedRevisionsListener.ApplyReport report =
        a.receive(server.transferThenRelease(a.deviceId(), note));
    assertThat(report.purged()).isZero();
    assertThat(a.session().entityStates().find(note.entityId()).orElseThrow().custody())
        .isEqualTo(EntityState.Custody.PURGE_DEFERRED);
    assertThat(a.session().replication().revisions().revisionsOf(note.entityId())).hasSize(2);
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNotNull();

    // Only one of the two changes acknowledged: still deferred.
    List<UUID> pending =
        a.session().replication().outbox().pending().stream().map(OutboxEntry::revisionId).toList();
    assertThat(pending).hasSize(2);
    a.session().replication().outbox().acknowledge(pending.subList(0, 1));
    assertThat(a.refresher.applied(Set.of()).purged()).isZero();
    assertThat(a.session().replication().revisions().revisionsOf(note.entityId())).hasSize(2);

    a.session().replication().outbox().acknowledge(pending.subList(1, 2));
    assertThat(a.refresher.applied(Set.of()).purged()).isOne();
    assertThat(a.session().replication().revisions().revisionsOf(note.entityId())).isEmpty();
    assertThat(a.session().replication().outbox().pending()).isEmpty();
    assertThat(a.session().replication().outbox().find(pending.get(0))).isEmpty();
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNull();
    assertThat(a.session().entityStates().deferredPurges()).isEmpty();
  }

  @Test
  void custodyNotSignedByTheServerOrForAnotherHolderPurgesNothing() throws Exception {
    EntityRef note = b.log.create(NoteProjector.TYPE, changes("title", "galýar"));
    a.receive(b, Set.of(note));

    // A device (pinned, so its signature verifies) cannot release anything.
    UUID custodyId = Custody.custodyId(a.deviceId(), note.entityType(), note.entityId());
    Revision forged =
        new org.depder.sync.revision.RevisionAuthor(
                b.deviceId(),
                new org.depder.sync.revision.HybridLogicalClock(
                    clock, org.depder.sync.revision.HybridLogicalClock.DEFAULT_MAX_DRIFT),
                new org.depder.domain.UuidV7())
            .revise(
                UUID.fromString(b.session().userId()),
                Custody.ENTITY_TYPE,
                custodyId,
                List.of(),
                TestServer.custody(a.deviceId(), note, Custody.RELEASED),
                1);
    var signed =
        new org.depder.sync.revision.RevisionSigner(b.deviceId(), b.session().deviceKeys()::sign)
            .sign(forged);
    assertThat(a.receive(List.of(EntityHistory.entry(signed))).purged()).isZero();
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNotNull();

    // The server releasing it from B says nothing to A.
    assertThat(a.receive(server.transferThenRelease(b.deviceId(), note)).purged()).isZero();
    assertThat(NoteProjector.read(a.session(), note.entityId())).isNotNull();
    assertThat(a.session().entityStates().find(note.entityId()).map(EntityState::custody))
        .isNotEqualTo(java.util.Optional.of(EntityState.Custody.PURGED));
  }
}
