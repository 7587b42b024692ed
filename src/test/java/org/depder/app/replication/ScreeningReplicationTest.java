package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depder.app.i18n.Language;
import org.depder.app.screening.ReplicatedScreeningRepository;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningProjector;
import org.depder.app.screening.ScreeningService;
import org.depder.app.screening.StopReason;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.MutableClock;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.SafetyGate;
import org.depder.store.StoredRevision;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finalised screenings and their corrections travel as revisions; drafts stay on the device. */
class ScreeningReplicationTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
  private Replica a;
  private Replica b;
  private VaultScreeningRepository screeningsOnB;
  private ScreeningService serviceOnA;

  @BeforeEach
  void twoDevicesWithTheScreeningReadModel() throws Exception {
    a = Replica.create(dir.resolve("a.depder"), clock);
    b = Replica.create(dir.resolve("b.depder"), clock);
    a.pin(b);
    b.pin(a);
    VaultScreeningRepository screeningsOnA = new VaultScreeningRepository(a.vault::session);
    screeningsOnB = new VaultScreeningRepository(b.vault::session);
    a.projectors.register(new ScreeningProjector(screeningsOnA));
    b.projectors.register(new ScreeningProjector(screeningsOnB));
    serviceOnA = ScreeningFixtures.service(new ReplicatedScreeningRepository(screeningsOnA, a.log));
  }

  @Test
  void finalisingAndCorrectingRecordRevisionsThatTheOtherDeviceMaterialises() throws Exception {
    ScreeningDraft draft =
        serviceOnA
            .start("screener-1", Language.TK)
            .withGate(new SafetyGate(Answer.NO, Answer.NO, Answer.NO, Answer.UNKNOWN))
            .withStop(Optional.of(StopReason.NOT_SAFE_TO_TALK));
    serviceOnA.save(draft);
    assertThat(a.session().replication().revisions().count()).isZero();

    ScreeningDraft finalised = serviceOnA.finalise(draft);
    EntityRef ref = new EntityRef("screening", finalised.id());
    assertThat(revisions(a, ref)).hasSize(1);
    b.receive(a, Set.of(ref));
    assertThat(screeningsOnB.latest(finalised.id())).contains(finalised);

    ScreeningDraft correction = serviceOnA.correct(finalised.id(), "gate answer typed wrongly");
    assertThat(revisions(a, ref)).hasSize(1);
    ScreeningDraft corrected =
        serviceOnA.finalise(
            correction.withGate(new SafetyGate(Answer.YES, Answer.NO, Answer.NO, Answer.UNKNOWN)));
    List<Revision> onA = revisions(a, ref);
    assertThat(onA).hasSize(2);
    assertThat(onA.get(1).parents()).containsExactly(onA.get(0).revisionId());
    assertThat(onA.get(1).changes().keySet())
        .contains("revision", "gate", "correctionReason")
        .doesNotContain("id", "screenerId", "startedAt");

    b.receive(a, Set.of(ref));
    assertThat(screeningsOnB.latest(finalised.id())).contains(corrected);
    assertThat(screeningsOnB.revisions(finalised.id()))
        .extracting(ScreeningDraft::revision)
        .containsExactly(1, 2);
    assertThat(b.conflicts.conflicts()).isEmpty();

    // Purged on B with every revision record of the screening.
    TestServer server = new TestServer(clock);
    server.enrol(b);
    assertThat(b.receive(server.transferThenRelease(b.deviceId(), ref)).purged()).isOne();
    assertThat(screeningsOnB.revisions(finalised.id())).isEmpty();
    assertThat(screeningsOnB.latestOfAll()).isEmpty();
  }

  private static List<Revision> revisions(Replica replica, EntityRef ref) throws Exception {
    return replica.session().replication().revisions().revisionsOf(ref.entityId()).stream()
        .map(StoredRevision::entry)
        .map(e -> RevisionJson.parseSigned(e.signedRevision()).revision())
        .toList();
  }
}
