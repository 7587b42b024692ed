package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.domain.cases.CaseFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depder.domain.screening.Outcome;
import org.junit.jupiter.api.Test;

/** The three paths of issue 7, item 12, on the domain alone: every step dated and attributed. */
class CasePathsTest {
  private static Instant at(int hours) {
    return T0.plusSeconds(3600L * hours);
  }

  @Test
  void screeningToCaseToAcceptedReferralToFollowUpsToClosure() {
    var opened =
        CaseOpening.fromScreening(
            id(),
            id(),
            "DC-7K3F-9Q2M",
            adultFacts(),
            id(),
            Outcome.POSSIBLE_REFER_SECOND_LINE,
            T0,
            WORKER);
    Case c = opened.opened();
    List<StageEntry> history = new ArrayList<>(List.of(opened.firstEntry()));
    Consent consent = given(c, SHELTER);
    Referral r =
        Referral.propose(
            id(),
            c.id(),
            SHELTER,
            Set.of(ServiceNeed.SHELTER),
            Urgency.IMMEDIATE,
            ContactMethod.ACCOMPANIED_VISIT,
            "",
            at(1),
            WORKER);
    r =
        ((Referrals.Sent) Referrals.send(c, r, List.of(consent), List.of(), at(2), WORKER))
            .referral();
    c = c.withStage(Stage.ASSISTANCE_AND_PROTECTION);
    history.add(new StageEntry(id(), c.id(), Stage.ASSISTANCE_AND_PROTECTION, at(2), WORKER, ""));
    r = r.accept(at(3), "shelter").deliver("", at(24 * 30));
    var due =
        DueTasks.forUser(
            WORKER,
            Set.of(),
            day(4, 2),
            ASHGABAT,
            new DueTasks.CaseWork(
                List.of(c), List.of(r), List.of(), List.of(), List.of(), List.of()));
    assertThat(due)
        .extracting(DueTasks.DueItem::kind)
        .containsExactly(DueKind.REFERRAL_OUTCOME_TO_REVIEW);
    r = r.close(at(24 * 31));
    c = c.withStage(Stage.REINTEGRATION).withStatus(CaseStatus.FOLLOW_UP);
    history.add(new StageEntry(id(), c.id(), Stage.REINTEGRATION, at(24 * 31), WORKER, ""));
    List<FollowUpVisit> visits =
        FollowUpSchedule.DEFAULT.visits(c.id(), day(4, 2), WORKER, CaseFixtures::id);
    List<FollowUpVisit> done = new ArrayList<>();
    for (FollowUpVisit v : visits) {
      done.add(v.record(v.due(), WORKER, ""));
    }
    assertThat(done).allMatch(v -> v.status(day(12, 31)) == DueStatus.DONE);
    c = c.close(CaseStatus.CLOSED, at(24 * 400));
    history.add(new StageEntry(id(), c.id(), Stage.CLOSURE, at(24 * 400), WORKER, ""));
    assertThat(c.status().htcds()).isEqualTo("Closed");
    assertThat(r.closureReason()).contains(ClosureReason.COMPLETED);
    assertThat(StageEntry.history(history))
        .extracting(StageEntry::stage)
        .containsExactly(
            Stage.IDENTIFICATION,
            Stage.ASSISTANCE_AND_PROTECTION,
            Stage.REINTEGRATION,
            Stage.CLOSURE);
    assertThat(history).allSatisfy(e -> assertThat(e.by()).isEqualTo(WORKER));
  }

  @Test
  void consularRepatriationToHandOverAndTransferToTheHomeSocialWorker() {
    Case c =
        CaseOpening.direct(
                id(), id(), "DC-AB12-CD34", adultFacts(), OpeningRoute.CONSULAR_OFFICER, T0, CONSUL)
            .opened()
            .withStage(Stage.RETURN);
    List<RepatriationTask> tasks = new ArrayList<>();
    int day = 3;
    for (RepatriationTaskKind kind : RepatriationTaskKind.values()) {
      tasks.add(RepatriationTask.open(id(), c.id(), kind, CONSUL, day(3, day++)));
    }
    var due =
        DueTasks.forUser(
            CONSUL,
            Set.of(),
            day(3, 4),
            ASHGABAT,
            new DueTasks.CaseWork(List.of(c), List.of(), tasks, List.of(), List.of(), List.of()));
    assertThat(due)
        .extracting(d -> d.taskKind().orElseThrow())
        .containsExactly(
            RepatriationTaskKind.TRAVEL_DOCUMENT, RepatriationTaskKind.PRE_RETURN_RISK_ASSESSMENT);
    List<RepatriationTask> done = new ArrayList<>();
    for (RepatriationTask t : tasks) {
      RepatriationTask ready =
          t.kind() == RepatriationTaskKind.HAND_OVER ? t.withHandOver(WORKER, "TM-L") : t;
      done.add(ready.complete("", at(24 * 5), CONSUL));
    }
    assertThat(done)
        .allMatch(t -> t.state() == TaskState.DONE && t.doneBy().equals(Optional.of(CONSUL)));
    Transfer transfer =
        Transfer.request(
            id(), c, Optional.of(WORKER), Optional.of("TM-L"), "hand-over", at(24 * 5), CONSUL);
    Case home = transfer.accept(c, at(24 * 6), WORKER).moved();
    assertThat(home.ownerId()).isEqualTo(WORKER);
    assertThat(home.region()).isEqualTo("TM-L");
  }

  @Test
  void aReferralWithoutConsentIsRefusedAndLeavesNothingShared() {
    Case c = childCase();
    Referral r = proposed(c, SHELTER);
    var result = Referrals.send(c, r, List.of(given(c, SHELTER)), List.of(), at(1), WORKER);
    assertThat(result)
        .isEqualTo(new Referrals.Refused(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS));
    assertThat(r.state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(r.toFields().asMap().keySet()).noneMatch(k -> k.startsWith("shared."));
    assertThat(
            DueTasks.forUser(
                    WORKER,
                    Set.of(),
                    day(3, 2),
                    ASHGABAT,
                    new DueTasks.CaseWork(
                        List.of(c), List.of(r), List.of(), List.of(), List.of(), List.of()))
                .get(0)
                .kind())
        .isEqualTo(DueKind.REFERRAL_TO_SEND);
  }
}
