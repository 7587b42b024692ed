package org.depder.domain.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One scheduled follow-up visit (issue 7 item 5): due a number of months after the schedule's
 * start, done when the visit is recorded.
 */
public record FollowUpVisit(
    UUID id,
    UUID caseId,
    int monthsAfter,
    LocalDate due,
    String ownerId,
    TaskState state,
    Optional<LocalDate> visitedOn,
    Optional<String> visitedBy,
    String note) {
  public static final String ENTITY_TYPE = "case_follow_up";

  public FollowUpVisit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(visitedOn, "visitedOn");
    Objects.requireNonNull(visitedBy, "visitedBy");
    Objects.requireNonNull(note, "note");
  }

  public DueStatus status(LocalDate today) {
    return state == TaskState.OPEN ? DueStatus.of(due, today) : DueStatus.DONE;
  }

  public FollowUpVisit record(LocalDate on, String by, String withNote) {
    if (state != TaskState.OPEN) {
      throw new CaseRuleException(CaseRuleException.Code.TASK_NOT_OPEN);
    }
    return new FollowUpVisit(
        id,
        caseId,
        monthsAfter,
        due,
        ownerId,
        TaskState.DONE,
        Optional.of(on),
        Optional.of(by),
        withNote);
  }

  public FollowUpVisit cancel(String by, String withNote) {
    if (state != TaskState.OPEN) {
      throw new CaseRuleException(CaseRuleException.Code.TASK_NOT_OPEN);
    }
    return new FollowUpVisit(
        id,
        caseId,
        monthsAfter,
        due,
        ownerId,
        TaskState.CANCELLED,
        Optional.empty(),
        Optional.of(by),
        withNote);
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .number("monthsAfter", monthsAfter)
        .date("due", due)
        .text("ownerId", ownerId)
        .enumValue("state", state)
        .date("visitedOn", visitedOn)
        .text("visitedBy", visitedBy)
        .nonEmpty("note", note)
        .build();
  }

  public static FollowUpVisit fromFields(FieldMap f) {
    return new FollowUpVisit(
        f.id("id"),
        f.id("caseId"),
        Math.toIntExact(f.number("monthsAfter")),
        f.date("due"),
        f.text("ownerId"),
        f.enumValue("state", TaskState.class),
        f.optDate("visitedOn"),
        f.optText("visitedBy"),
        f.textOrEmpty("note"));
  }

  @Override
  public String toString() {
    return "FollowUpVisit[" + id + ", " + monthsAfter + ", " + state + "]";
  }
}
