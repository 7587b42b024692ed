package org.depder.domain.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One dated entry in a case's history: the stage it was in, who wrote it, when, and a note. An
 * entity of its own (type {@value #ENTITY_TYPE}), written once: entries made on two laptops never
 * conflict, they simply both appear.
 */
public record StageEntry(UUID id, UUID caseId, Stage stage, Instant at, String by, String note) {
  public static final String ENTITY_TYPE = "case_stage_entry";

  /** Oldest first; same instant by id so every device shows the same order. */
  public static final Comparator<StageEntry> CHRONOLOGICAL =
      Comparator.comparing(StageEntry::at).thenComparing(StageEntry::id);

  public StageEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(note, "note");
  }

  public static List<StageEntry> history(List<StageEntry> entries) {
    return entries.stream().sorted(CHRONOLOGICAL).toList();
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .enumValue("stage", stage)
        .instant("at", at)
        .text("by", by)
        .nonEmpty("note", note)
        .build();
  }

  public static StageEntry fromFields(FieldMap f) {
    return new StageEntry(
        f.id("id"),
        f.id("caseId"),
        f.enumValue("stage", Stage.class),
        f.instant("at"),
        f.text("by"),
        f.textOrEmpty("note"));
  }

  @Override
  public String toString() {
    return "StageEntry[" + id + ", " + stage + "]";
  }
}
