package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.ClosureReason;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.DueKind;
import org.depder.domain.cases.FollowUpSchedule;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.domain.cases.GateRefusal;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.Referrals;
import org.depder.domain.cases.RepatriationTask;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.Stage;
import org.depder.domain.cases.StageEntry;
import org.depder.domain.cases.TaskState;
import org.depder.domain.cases.Urgency;
import org.depder.store.StoredRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three paths of issue 7 at service level, over a real vault and its revisions. */
class CaseServiceTest {
  static final String SHELTER = "tm-shelter-ngo";
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  static CaseOpening.Facts adult() {
    return new CaseOpening.Facts(
        UUID.randomUUID(), "TM-L", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk");
  }

  static Consent referralConsent(UUID caseId, ConsentDecision decision) {
    return new Consent(
        UUID.randomUUID(),
        caseId,
        ConsentPurpose.REFERRAL,
        SHELTER,
        decision,
        ConsentGiver.PERSON,
        ConsentForm.SIGNED,
        "tk",
        Instant.EPOCH,
        "ignored",
        "",
        Optional.empty(),
        Optional.empty());
  }

  static Referral propose(CaseDevice d, UUID caseId) throws Exception {
    return d.cases.propose(
        caseId,
        SHELTER,
        Set.of(ServiceNeed.SHELTER),
        Urgency.WITHIN_THREE_DAYS,
        ContactMethod.PHONE_AGREED_NUMBER,
        "+99312000000");
  }

  @Test
  void screeningToCaseToAcceptedReferralToFollowUpsToClosure() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    d.screenings.save(ScreeningDrafts.full());
    Case c = d.cases.openFromScreening(ScreeningDrafts.ID, adult());
    assertThat(c.route()).isEqualTo(OpeningRoute.SCREENING);
    assertThat(c.ownerId()).isEqualTo(d.user());
    assertThat(d.cases.cases()).extracting(s -> s.value().id()).containsExactly(c.id());

    clock.advance(Duration.ofHours(1));
    d.cases.enterStage(c.id(), Stage.FORMAL_IDENTIFICATION, "met the shelter");
    d.cases.recordConsent(referralConsent(c.id(), ConsentDecision.GIVEN));
    Referral r = propose(d, c.id());
    assertThat(d.cases.send(r.id())).isInstanceOf(Referrals.Sent.class);
    assertThat(d.cases.accept(r.id()).state()).isEqualTo(ReferralState.ACCEPTED);
    d.cases.deliver(r.id(), "housed");
    d.cases.closeReferral(r.id());
    assertThat(d.cases.referral(r.id()).state()).isEqualTo(ReferralState.CLOSED);
    assertThat(d.cases.referral(r.id()).shared()).isPresent();

    LocalDate start = LocalDate.parse("2026-03-20");
    List<FollowUpVisit> visits = d.tasks.scheduleFollowUps(c.id(), start, FollowUpSchedule.DEFAULT);
    assertThat(d.tasks.followUps(c.id()))
        .extracting(FollowUpVisit::due)
        .containsExactly(
            start.plusMonths(1), start.plusMonths(3), start.plusMonths(6), start.plusMonths(12));
    clock.advance(Duration.ofDays(32));
    assertThat(d.tasks.dueForMe(Set.of()))
        .extracting(i -> i.kind(), i -> i.entityId())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DueKind.FOLLOW_UP_VISIT, visits.get(0).id()));
    d.tasks.recordVisit(visits.get(0).id(), LocalDate.parse("2026-04-21"), "doing well");
    assertThat(d.tasks.dueForMe(Set.of())).isEmpty();
    assertThat(d.tasks.followUps(c.id()).get(0).state()).isEqualTo(TaskState.DONE);

    d.cases.close(c.id(), CaseStatus.CLOSED, "goals met");
    Case closed = d.cases.load(c.id()).value();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.stage()).isEqualTo(Stage.CLOSURE);
    assertThat(d.cases.history(c.id()))
        .extracting(StageEntry::stage)
        .containsExactly(Stage.IDENTIFICATION, Stage.FORMAL_IDENTIFICATION, Stage.CLOSURE);
    assertThat(d.cases.history(c.id())).allMatch(e -> e.by().equals(c.ownerId()));
    assertThatThrownBy(() -> propose(d, c.id()))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo(CaseRuleException.Code.CASE_CLOSED));
    // every step is a revision of its entity
    assertThat(d.vault.session().replication().revisions().revisionsOf(r.id()))
        .extracting(StoredRevision::entry)
        .hasSize(5);
  }

  @Test
  void aScreeningThatIsNotFinalisedOpensNoCase() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    UUID id = UUID.randomUUID();
    d.screenings.save(ScreeningDrafts.minimal(id, 1, "Ogul"));
    assertThatThrownBy(() -> d.cases.openFromScreening(id, adult()))
        .isInstanceOfSatisfying(
            CaseServiceException.class,
            e -> assertThat(e.code()).isEqualTo(CaseServiceException.Code.SCREENING_NOT_FINALISED));
    assertThatThrownBy(() -> d.cases.openFromScreening(UUID.randomUUID(), adult()))
        .isInstanceOfSatisfying(
            CaseServiceException.class,
            e -> assertThat(e.code()).isEqualTo(CaseServiceException.Code.SCREENING_NOT_FOUND));
    assertThat(d.cases.cases()).isEmpty();
  }

  @Test
  void consularRepatriationEndsWithAHandOver() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock, Role.CONSULAR_OFFICER);
    Case c = d.cases.openDirect(adult(), OpeningRoute.CONSULAR_OFFICER);
    d.cases.enterStage(c.id(), Stage.RETURN, "");
    LocalDate due = LocalDate.parse("2026-03-22");
    RepatriationTask doc =
        d.tasks.openTask(c.id(), RepatriationTaskKind.TRAVEL_DOCUMENT, d.user(), due);
    RepatriationTask handOver =
        d.tasks.openTask(c.id(), RepatriationTaskKind.HAND_OVER, d.user(), due.plusDays(5));
    d.tasks.completeTask(doc.id(), "issued");
    assertThatThrownBy(() -> d.tasks.completeTask(handOver.id(), ""))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo(CaseRuleException.Code.HAND_OVER_WITHOUT_RECEIVER));
    d.tasks.handOverTo(handOver.id(), "sw-lebap-1", "TM-L");
    clock.advance(Duration.ofDays(8));
    assertThat(d.tasks.dueForMe(Set.of()))
        .extracting(i -> i.entityId())
        .containsExactly(handOver.id());
    d.tasks.completeTask(handOver.id(), "met at the airport");
    assertThat(d.tasks.tasks(c.id())).allMatch(t -> t.state() == TaskState.DONE);
    assertThat(d.tasks.tasks(c.id()))
        .filteredOn(t -> t.kind() == RepatriationTaskKind.HAND_OVER)
        .singleElement()
        .satisfies(t -> assertThat(t.handOverTo()).contains("sw-lebap-1"));
    assertThat(d.tasks.dueForMe(Set.of())).isEmpty();
  }

  @Test
  void aReferralWithoutConsentIsRefusedAndNothingIsSent() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(adult(), OpeningRoute.SOCIAL_WORKER);
    Referral r = propose(d, c.id());
    assertThat(d.cases.send(r.id())).isEqualTo(new Referrals.Refused(GateRefusal.NO_CONSENT));
    d.cases.recordConsent(referralConsent(c.id(), ConsentDecision.REFUSED));
    assertThat(d.cases.send(r.id())).isEqualTo(new Referrals.Refused(GateRefusal.CONSENT_REFUSED));
    Referral after = d.cases.referral(r.id());
    assertThat(after.state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(after.shared()).isEmpty();
    assertThat(d.vault.session().replication().revisions().revisionsOf(r.id())).hasSize(1);
  }

  @Test
  void withdrawingConsentStopsTheNextSendAndRecordsWhatWasShared() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(adult(), OpeningRoute.SOCIAL_WORKER);
    Consent consent = d.cases.recordConsent(referralConsent(c.id(), ConsentDecision.GIVEN));
    Referral first = propose(d, c.id());
    d.cases.send(first.id());
    Referral second = propose(d, c.id());

    Referrals.Withdrawal w = d.cases.withdrawConsent(consent.id());
    assertThat(w.sharedBefore())
        .extracting(Referrals.SharedBefore::referralId)
        .containsExactly(first.id());
    assertThat(d.cases.consents(c.id()).get(0).withdrawnAt()).isPresent();
    assertThat(d.cases.referral(first.id()).sharingStoppedAt()).isPresent();
    Referral cancelled = d.cases.referral(second.id());
    assertThat(cancelled.state()).isEqualTo(ReferralState.CLOSED);
    assertThat(cancelled.closureReason()).contains(ClosureReason.CONSENT_WITHDRAWN);

    Referral third = propose(d, c.id());
    assertThat(d.cases.send(third.id()))
        .isEqualTo(new Referrals.Refused(GateRefusal.CONSENT_WITHDRAWN));
    assertThat(d.cases.referral(third.id()).shared()).isEmpty();
  }
}
