package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One goal of the rehabilitation and reintegration plan (issue 7 item 5): the service it needs, a
 * short description, who follows it up and by when. Goals are separate entities so that two workers
 * adding goals to the same plan never conflict.
 *
 * @param serviceId the directory entry providing it, when chosen
 */
public record PlanGoal(
    UUID id,
    UUID caseId,
    ServiceNeed need,
    String description,
    Optional<String> serviceId,
    String ownerId,
    Optional<LocalDate> target,
    GoalState state,
    Instant updatedAt,
    String updatedBy) {
  public static final String ENTITY_TYPE = "case_plan_goal";

  public PlanGoal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(updatedBy, "updatedBy");
  }

  public PlanGoal withState(GoalState next, Instant at, String by) {
    return new PlanGoal(id, caseId, need, description, serviceId, ownerId, target, next, at, by);
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .enumValue("need", need)
        .nonEmpty("description", description)
        .text("serviceId", serviceId)
        .text("ownerId", ownerId)
        .date("target", target)
        .enumValue("state", state)
        .instant("updatedAt", updatedAt)
        .text("updatedBy", updatedBy)
        .build();
  }

  public static PlanGoal fromFields(FieldMap f) {
    return new PlanGoal(
        f.id("id"),
        f.id("caseId"),
        f.enumValue("need", ServiceNeed.class),
        f.textOrEmpty("description"),
        f.optText("serviceId"),
        f.text("ownerId"),
        f.optDate("target"),
        f.enumValue("state", GoalState.class),
        f.instant("updatedAt"),
        f.text("updatedBy"));
  }

  @Override
  public String toString() {
    return "PlanGoal[" + id + ", " + need + ", " + state + "]";
  }
}
