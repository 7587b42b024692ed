package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The proceedings side of a case (issue 7 item 6): the person's cooperation choice and the status
 * of the proceedings. One per case; its entity id is the case id.
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
