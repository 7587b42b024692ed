package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.domain.cases.CaseFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depder.domain.cases.DueTasks.DueItem;
import org.junit.jupiter.api.Test;

class DueTasksTest {
  private final Case c = adultCase();
  private final LocalDate today = day(3, 10);

  private List<DueItem> due(String user, DueTasks.CaseWork work) {
    return DueTasks.forUser(user, Set.of("TM-M"), today, ASHGABAT, work);
  }

  @Test
  void collectsWhatIsDueTodayOrOverdueForThisUserOnly() {
    RepatriationTask overdueTask =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.ESCORT, WORKER, day(3, 8));
    RepatriationTask todayTask =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.TRAVEL_DOCUMENT, WORKER, today);
    RepatriationTask future =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.HAND_OVER, WORKER, day(3, 11));
    RepatriationTask someoneElses =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.ESCORT, CONSUL, day(3, 1));
    RepatriationTask done =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.ESCORT, WORKER, day(3, 1))
            .complete("", T0, WORKER);
    List<FollowUpVisit> visits =
        FollowUpSchedule.DEFAULT.visits(c.id(), day(2, 10), WORKER, CaseFixtures::id);
    PlanGoal goal =
        new PlanGoal(
            id(),
            c.id(),
            ServiceNeed.VOCATIONAL_TRAINING,
            "sewing course",
            Optional.empty(),
            WORKER,
            Optional.of(day(3, 9)),
            GoalState.IN_PROGRESS,
            T0,
            WORKER);
    PlanGoal achieved = goal.withState(GoalState.ACHIEVED, T0, WORKER);
    var work =
        new DueTasks.CaseWork(
            List.of(c),
            List.of(),
            List.of(overdueTask, todayTask, future, someoneElses, done),
            visits,
            List.of(goal, achieved.withState(GoalState.ACHIEVED, T0, WORKER)),
            List.of());
    List<DueItem> items = due(WORKER, work);
    assertThat(items)
        .extracting(DueItem::entityId)
        .containsExactly(overdueTask.id(), goal.id(), todayTask.id(), visits.get(0).id());
    assertThat(items.get(0).overdue()).isTrue();
    assertThat(items.get(0).taskKind()).contains(RepatriationTaskKind.ESCORT);
    // same day: ordered by kind, then id
    assertThat(items.get(3).kind()).isEqualTo(DueKind.FOLLOW_UP_VISIT);
    assertThat(items.get(3).overdue()).isFalse(); // 10 Feb + 1 month = today
    assertThat(items.get(2).overdue()).isFalse();
    assertThat(due(CONSUL, work)).extracting(DueItem::entityId).containsExactly(someoneElses.id());
  }

  @Test
  void referralsToSendAwaitingReplyAndOutcomesComeBackToTheReferringWorker() {
    Consent consent = given(c, SHELTER);
    Referral toSend = proposed(c, SHELTER);
    Referral awaiting =
        ((Referrals.Sent)
                Referrals.send(c, proposed(c, SHELTER), List.of(consent), List.of(), T0, WORKER))
            .referral(); // sent 2 March, three days: due 5 March
    Referral declined =
        awaiting.decline(DeclineReason.NO_CAPACITY, "", T0.plusSeconds(86_400), "x");
    Referral closed = declined.close(T0);
    var work =
        new DueTasks.CaseWork(
            List.of(c),
            List.of(toSend, awaiting, declined, closed),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(due(WORKER, work))
        .extracting(DueItem::kind, DueItem::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DueKind.REFERRAL_TO_SEND, day(3, 2)),
            org.assertj.core.groups.Tuple.tuple(DueKind.REFERRAL_OUTCOME_TO_REVIEW, day(3, 3)),
            org.assertj.core.groups.Tuple.tuple(DueKind.REFERRAL_AWAITING_REPLY, day(3, 5)));
    assertThat(due(OTHER_WORKER, work)).isEmpty();
  }

  @Test
  void transfersWaitForTheNamedReceiverOrAnyoneInTheRegion() {
    Transfer named =
        Transfer.request(id(), c, Optional.of(OTHER_WORKER), Optional.empty(), "", T0, WORKER);
    Transfer toRegion =
        Transfer.request(id(), c, Optional.empty(), Optional.of("TM-M"), "", T0, WORKER);
    Transfer elsewhere =
        Transfer.request(id(), c, Optional.empty(), Optional.of("TM-D"), "", T0, WORKER);
    var work =
        new DueTasks.CaseWork(
            List.of(c),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(named, toRegion, elsewhere));
    assertThat(due(OTHER_WORKER, work))
        .extracting(DueItem::entityId)
        .containsExactlyInAnyOrder(named.id(), toRegion.id());
    assertThat(due(CONSUL, work)).extracting(DueItem::entityId).containsExactly(toRegion.id());
  }

  @Test
  void closedCasesDropOutOfTheList() {
    Case closed = c.close(CaseStatus.CLOSED, T0);
    RepatriationTask task =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.ESCORT, WORKER, day(3, 1));
    var work =
        new DueTasks.CaseWork(
            List.of(closed), List.of(), List.of(task), List.of(), List.of(), List.of());
    assertThat(due(WORKER, work)).isEmpty();
  }
}
