package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The proceedings side of a case (issue 7 item 6): the person's cooperation choice and the status
 * of the proceedings. One per case; its entity id is {@link #entityIdOf} the case id, a name-based
 * UUID, never the case id itself: revisions are stored and merged by entity id, so sharing the
 * case's id would mix the two entities' histories.
 */
public record Proceedings(
    UUID caseId,
    Cooperation cooperation,
    Optional<Instant> cooperationRecordedAt,
    ProceedingsStatus status,
    Optional<LocalDate> statusSince,
    String note,
    Instant updatedAt,
    String updatedBy) {
  public static final String ENTITY_TYPE = "case_proceedings";

  /** Name the entity id is derived from, with the case id after it (schema version 1). */
  public static final String ENTITY_NAME = "depder-case-proceedings-v1|";

  /** The entity id of a case's proceedings: the same on every device, and never a case's id. */
  public static UUID entityIdOf(UUID caseId) {
    return UUID.nameUUIDFromBytes(
        (ENTITY_NAME + caseId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public Proceedings {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(cooperation, "cooperation");
    Objects.requireNonNull(cooperationRecordedAt, "cooperationRecordedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSince, "statusSince");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(updatedBy, "updatedBy");
  }

  public static Proceedings none(UUID caseId, Instant at, String by) {
    return new Proceedings(
        caseId,
        Cooperation.NOT_ASKED,
        Optional.empty(),
        ProceedingsStatus.NONE,
        Optional.empty(),
        "",
        at,
        by);
  }

  public Proceedings withCooperation(Cooperation choice, Instant at, String by) {
    return new Proceedings(caseId, choice, Optional.of(at), status, statusSince, note, at, by);
  }

  public Proceedings withStatus(ProceedingsStatus next, LocalDate since, Instant at, String by) {
    return new Proceedings(
        caseId, cooperation, cooperationRecordedAt, next, Optional.of(since), note, at, by);
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("caseId", caseId)
        .enumValue("cooperation", cooperation)
        .instant("cooperationRecordedAt", cooperationRecordedAt)
        .enumValue("status", status)
        .date("statusSince", statusSince)
        .nonEmpty("note", note)
        .instant("updatedAt", updatedAt)
        .text("updatedBy", updatedBy)
        .build();
  }

  public static Proceedings fromFields(FieldMap f) {
    return new Proceedings(
        f.id("caseId"),
        f.enumValue("cooperation", Cooperation.class),
        f.optInstant("cooperationRecordedAt"),
        f.enumValue("status", ProceedingsStatus.class),
        f.optDate("statusSince"),
        f.textOrEmpty("note"),
        f.instant("updatedAt"),
        f.text("updatedBy"));
  }

  @Override
  public String toString() {
    return "Proceedings[" + caseId + ", " + status + "]";
  }
}
