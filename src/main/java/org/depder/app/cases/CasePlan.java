package org.depder.app.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.domain.cases.GoalState;
import org.depder.domain.cases.PlanGoal;
import org.depder.domain.cases.ServiceNeed;

/**
 * The rehabilitation and reintegration plan of a case (issue 7 item 5): goals, each a separate
 * entity so that two workers adding goals to one plan never conflict. A goal with a target date is
 * on its owner's due list ({@link CaseTasks#dueForMe}) until it is achieved or dropped.
 */
public final class CasePlan {
  private final CaseService cases;
  private final CaseWriter writer;

  public CasePlan(CaseService cases) {
    this.cases = cases;
    this.writer = cases.writer();
  }

  /** Adds a goal in state {@code PLANNED}; its id, time and author are set here. */
  public PlanGoal addGoal(
      UUID caseId,
      ServiceNeed need,
      String description,
      Optional<String> serviceId,
      String ownerId,
      Optional<LocalDate> target)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    CaseService.requireOpen(cases.load(caseId).value());
    PlanGoal goal =
        new PlanGoal(
            cases.nextId(),
            caseId,
            need,
            description,
            serviceId,
            ownerId,
            target,
            GoalState.PLANNED,
            cases.now(),
            writer.user());
    writer.create(PlanGoal.ENTITY_TYPE, goal.id(), goal.toFields());
    return goal;
  }

  /**
   * Moves a goal to {@code state}, any state to any other (a dropped goal may be taken up again);
   * the same state writes nothing. A closed case refuses ({@code CASE_CLOSED}).
   */
  public PlanGoal setGoalState(UUID goalId, GoalState state) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    PlanGoal goal = writer.load(goalId, PlanGoal.ENTITY_TYPE, PlanGoal::fromFields).value();
    CaseService.requireOpen(cases.load(goal.caseId()).value());
    if (goal.state() == state) {
      return goal;
    }
    PlanGoal after = goal.withState(state, cases.now(), writer.user());
    writer.write(PlanGoal.ENTITY_TYPE, goalId, after.toFields(), goal.toFields());
    return after;
  }

  /** The case's goals: open ones first, then by target date (none last), then by id. */
  public List<PlanGoal> goals(UUID caseId) throws CaseServiceException {
    return cases.parts(caseId, PlanGoal.ENTITY_TYPE, PlanGoal::fromFields).stream()
        .map(CaseRecords.Stored::value)
        .sorted(
            Comparator.comparing((PlanGoal g) -> !g.state().open())
                .thenComparing(g -> g.target().orElse(LocalDate.MAX))
                .thenComparing(PlanGoal::id))
        .toList();
  }
}
