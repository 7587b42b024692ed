package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One dated repatriation task with an owner (usually the consular officer). The hand-over names the
 * social worker of the home welaýat who receives the person on arrival; it cannot be marked done
 * without them.
 *
 * @param handOverTo user id of the receiving social worker (hand-over only)
 * @param homeRegion welaýat code of the person's home (hand-over only)
 */
public record RepatriationTask(
    UUID id,
    UUID caseId,
    RepatriationTaskKind kind,
    String ownerId,
    LocalDate due,
    TaskState state,
    Optional<Instant> doneAt,
    Optional<String> doneBy,
    String note,
    Optional<String> handOverTo,
    Optional<String> homeRegion) {
  public static final String ENTITY_TYPE = "case_repatriation_task";

  public RepatriationTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(doneAt, "doneAt");
    Objects.requireNonNull(doneBy, "doneBy");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(handOverTo, "handOverTo");
    Objects.requireNonNull(homeRegion, "homeRegion");
  }

  public static RepatriationTask open(
      UUID id, UUID caseId, RepatriationTaskKind kind, String ownerId, LocalDate due) {
    return new RepatriationTask(
        id,
        caseId,
        kind,
        ownerId,
        due,
        TaskState.OPEN,
        Optional.empty(),
        Optional.empty(),
        "",
        Optional.empty(),
        Optional.empty());
  }

  /** Names who receives the person at home; only for the hand-over task. */
  public RepatriationTask withHandOver(String socialWorkerId, String region) {
    if (kind != RepatriationTaskKind.HAND_OVER) {
      throw new IllegalArgumentException("hand-over only");
    }
    requireOpen();
    return new RepatriationTask(
        id,
        caseId,
        kind,
        ownerId,
        due,
        state,
        doneAt,
        doneBy,
        note,
        Optional.of(socialWorkerId),
        Optional.of(region));
  }

  public RepatriationTask reassign(String newOwner, LocalDate newDue) {
    requireOpen();
    return new RepatriationTask(
        id, caseId, kind, newOwner, newDue, state, doneAt, doneBy, note, handOverTo, homeRegion);
  }

  public RepatriationTask complete(String withNote, Instant at, String by) {
    requireOpen();
    if (kind == RepatriationTaskKind.HAND_OVER && (handOverTo.isEmpty() || homeRegion.isEmpty())) {
      throw new CaseRuleException(CaseRuleException.Code.HAND_OVER_WITHOUT_RECEIVER);
    }
    return new RepatriationTask(
        id,
        caseId,
        kind,
        ownerId,
        due,
        TaskState.DONE,
        Optional.of(at),
        Optional.of(by),
        withNote,
        handOverTo,
        homeRegion);
  }

  public RepatriationTask cancel(String withNote, Instant at, String by) {
    requireOpen();
    return new RepatriationTask(
        id,
        caseId,
        kind,
        ownerId,
        due,
        TaskState.CANCELLED,
        Optional.of(at),
        Optional.of(by),
        withNote,
        handOverTo,
        homeRegion);
  }

  private void requireOpen() {
    if (state != TaskState.OPEN) {
      throw new CaseRuleException(CaseRuleException.Code.TASK_NOT_OPEN);
    }
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .enumValue("kind", kind)
        .text("ownerId", ownerId)
        .date("due", due)
        .enumValue("state", state)
        .instant("doneAt", doneAt)
        .text("doneBy", doneBy)
        .nonEmpty("note", note)
        .text("handOverTo", handOverTo)
        .text("homeRegion", homeRegion)
        .build();
  }

  public static RepatriationTask fromFields(FieldMap f) {
    return new RepatriationTask(
        f.id("id"),
        f.id("caseId"),
        f.enumValue("kind", RepatriationTaskKind.class),
        f.text("ownerId"),
        f.date("due"),
        f.enumValue("state", TaskState.class),
        f.optInstant("doneAt"),
        f.optText("doneBy"),
        f.textOrEmpty("note"),
        f.optText("handOverTo"),
        f.optText("homeRegion"));
  }

  @Override
  public String toString() {
    return "RepatriationTask[" + id + ", " + kind + ", " + state + "]";
  }
}
