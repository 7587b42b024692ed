package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.replication.Replica.changes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.depder.app.vault.MutableClock;
import org.depder.store.OutboxEntry;
import org.depder.store.OutboxState;
import org.depder.store.RevisionOrigin;
import org.depder.store.StoredRevision;
import org.depder.sync.revision.HybridTimestamp;
import org.depder.sync.revision.MergedEntity;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionVerifier;
import org.depder.sync.revision.SignedRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionLogTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));

  @Test
  void eachChangeIsASignedRevisionOnTopOfTheLastQueuedInOneStep() throws Exception {
    Replica a = Replica.create(dir.resolve("a.depder"), clock);
    EntityRef note = a.log.create(NoteProjector.TYPE, changes("title", "Aşgabat", "n", 1));
    clock.advance(Duration.ofSeconds(1));
    a.log.revise(note, changes("body", "birinji"));
    a.log.revise(note, changes("title", "Mary", "n", null));

    List<StoredRevision> stored =
        a.session().replication().revisions().revisionsOf(note.entityId());
    assertThat(stored).hasSize(3).allMatch(s -> s.origin() == RevisionOrigin.LOCAL);
    List<SignedRevision> signed =
        stored.stream().map(s -> RevisionJson.parseSigned(s.entry().signedRevision())).toList();
    List<Revision> revisions = signed.stream().map(SignedRevision::revision).toList();
    assertThat(revisions.get(0).parents()).isEmpty();
    assertThat(revisions.get(1).parents()).containsExactly(revisions.get(0).revisionId());
    assertThat(revisions.get(2).parents()).containsExactly(revisions.get(1).revisionId());
    assertThat(revisions)
        .extracting(Revision::hybridLogicalTime)
        .isSortedAccordingTo(HybridTimestamp::compareTo)
        .doesNotHaveDuplicates();
    UUID user = UUID.fromString(a.session().userId());
    assertThat(revisions).allMatch(r -> r.author().equals(user));
    org.depder.sync.revision.DeviceId device = a.deviceId();
    assertThat(revisions).allMatch(r -> r.device().equals(device));
    byte[] publicKey = a.session().deviceKeys().signingPublicKey();
    RevisionVerifier verifier = new RevisionVerifier(d -> java.util.Optional.of(publicKey));
    signed.forEach(verifier::verify);

    assertThat(a.session().replication().outbox().pending())
        .extracting(OutboxEntry::revisionId, OutboxEntry::state)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(revisions.get(0).revisionId(), OutboxState.PENDING),
            org.assertj.core.groups.Tuple.tuple(revisions.get(1).revisionId(), OutboxState.PENDING),
            org.assertj.core.groups.Tuple.tuple(
                revisions.get(2).revisionId(), OutboxState.PENDING));

    MergedEntity state = a.log.state(note);
    assertThat(state.heads()).containsExactly(revisions.get(2).revisionId());
    assertThat(state.hasConflicts()).isFalse();
    assertThat(state.value("title").orElseThrow().asText()).isEqualTo("Mary");
    assertThat(NoteProjector.read(a.session(), note.entityId()).toString())
        .isEqualTo("{\"body\":\"birinji\",\"n\":null,\"title\":\"Mary\"}");
  }

  @Test
  void theClockKeepsIncreasingAcrossARestartWithTheWallClockSetBack() throws Exception {
    Path file = dir.resolve("a.depder");
    Replica a = Replica.create(file, clock);
    EntityRef note = a.log.create(NoteProjector.TYPE, changes("title", "one"));
    HybridTimestamp before = a.log.state(note).latestTime();
    a.vault.lock();

    clock.advance(Duration.ofHours(-3));
    Replica again = Replica.reopen(file, clock);
    EntityRef other = again.log.create(NoteProjector.TYPE, changes("title", "two"));
    assertThat(again.log.state(other).latestTime()).isGreaterThan(before);
  }

  @Test
  void timesObservedFromAnotherDeviceAreRememberedAcrossARestart() throws Exception {
    MutableClock ahead = new MutableClock(Instant.parse("2026-11-20T11:00:00Z"));
    Replica a = Replica.create(dir.resolve("a.depder"), ahead);
    Path fileB = dir.resolve("b.depder");
    Replica b = Replica.create(fileB, clock);
    b.pin(a);
    EntityRef note = a.log.create(NoteProjector.TYPE, changes("title", "from the future"));
    HybridTimestamp remote = a.log.state(note).latestTime();
    b.receive(a, Set.of(note));
    b.vault.lock();

    Replica again = Replica.reopen(fileB, clock);
    // A new entity has no parents to observe: only the saved clock puts it after what B has seen.
    EntityRef fresh = again.log.create(NoteProjector.TYPE, changes("title", "later"));
    assertThat(again.log.state(fresh).latestTime()).isGreaterThan(remote);
  }

  @Test
  void revisingAnEntityTheVaultDoesNotHoldIsNotFound() throws Exception {
    Replica a = Replica.create(dir.resolve("a.depder"), clock);
    EntityRef unknown = new EntityRef(NoteProjector.TYPE, UUID.randomUUID());
    assertThatThrownBy(() -> a.log.revise(unknown, changes("title", "x")))
        .isInstanceOfSatisfying(
            ReplicationException.class,
            e -> assertThat(e.problem()).isEqualTo(ReplicationException.Problem.NOT_FOUND));
    assertThat(a.log.find(unknown)).isEmpty();
  }

  @Test
  void aLockedVaultIsReportedAsSuch() throws Exception {
    Replica a = Replica.create(dir.resolve("a.depder"), clock);
    a.vault.lock();
    assertThatThrownBy(() -> a.log.create(NoteProjector.TYPE, changes("title", "x")))
        .isInstanceOfSatisfying(
            ReplicationException.class,
            e -> assertThat(e.problem()).isEqualTo(ReplicationException.Problem.VAULT_LOCKED));
  }
}
