package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.DueKind;
import org.depder.domain.cases.GoalState;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.PlanGoal;
import org.depder.domain.cases.ServiceNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case plan over a real vault: goals added, moved, listed, on the due list, and refused. */
class CasePlanTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  @Test
  void goalsAreAddedMovedAndListed() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock, Role.SOCIAL_WORKER);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    LocalDate target = LocalDate.parse("2026-04-15");
    PlanGoal school =
        d.plan.addGoal(
            c.id(),
            ServiceNeed.VOCATIONAL_TRAINING,
            "sewing course",
            Optional.empty(),
            d.user(),
            Optional.of(target));
    PlanGoal shelter =
        d.plan.addGoal(
            c.id(),
            ServiceNeed.SHELTER,
            "a safe place",
            Optional.of(CaseServiceTest.SHELTER),
            d.user(),
            Optional.of(target.minusDays(10)));
    assertThat(school.state()).isEqualTo(GoalState.PLANNED);
    assertThat(school.updatedBy()).isEqualTo(d.user());
    assertThat(d.plan.goals(c.id())).containsExactly(shelter, school);

    clock.advance(Duration.ofDays(30));
    assertThat(d.tasks.dueForMe(Set.of()))
        .extracting(i -> i.kind(), i -> i.entityId())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DueKind.PLAN_GOAL, shelter.id()),
            org.assertj.core.groups.Tuple.tuple(DueKind.PLAN_GOAL, school.id()));

    d.plan.setGoalState(shelter.id(), GoalState.IN_PROGRESS);
    PlanGoal achieved = d.plan.setGoalState(shelter.id(), GoalState.ACHIEVED);
    assertThat(achieved.updatedAt()).isEqualTo(clock.instant());
    assertThat(d.plan.goals(c.id()))
        .extracting(PlanGoal::id, PlanGoal::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(school.id(), GoalState.PLANNED),
            org.assertj.core.groups.Tuple.tuple(shelter.id(), GoalState.ACHIEVED));
    assertThat(d.tasks.dueForMe(Set.of()))
        .extracting(i -> i.entityId())
        .containsExactly(school.id());
    // the same state again writes nothing
    int revisions = d.vault.session().replication().revisions().revisionsOf(shelter.id()).size();
    d.plan.setGoalState(shelter.id(), GoalState.ACHIEVED);
    assertThat(d.vault.session().replication().revisions().revisionsOf(shelter.id()))
        .hasSize(revisions);
  }

  @Test
  void aClosedCaseTakesNoNewGoal() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    PlanGoal goal =
        d.plan.addGoal(
            c.id(), ServiceNeed.MEDICAL, "", Optional.empty(), d.user(), Optional.empty());
    d.cases.close(c.id(), CaseStatus.CLOSED, "");
    assertThatThrownBy(
            () ->
                d.plan.addGoal(
                    c.id(), ServiceNeed.HOUSING, "", Optional.empty(), d.user(), Optional.empty()))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo(CaseRuleException.Code.CASE_CLOSED));
    assertThatThrownBy(() -> d.plan.setGoalState(goal.id(), GoalState.DROPPED))
        .isInstanceOf(CaseRuleException.class);
    assertThat(d.plan.goals(c.id())).containsExactly(goal);
  }

  @Test
  void aScreenerAddsNoGoal() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    org.depder.app.vault.TestVaults.unlockAs(d.vault, Role.DEVICE_ADMINISTRATOR);
    org.depder.app.vault.TestVaults.addAndUnlock(d.vault, Role.SCREENER);
    CaseAccessTest.refused(
        () ->
            d.plan.addGoal(
                c.id(), ServiceNeed.MEDICAL, "", Optional.empty(), d.user(), Optional.empty()));
    assertThat(d.plan.goals(c.id())).isEmpty();
  }
}
