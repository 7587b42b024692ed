package org.depder.domain.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.depder.domain.screening.Outcome;

/**
 * One person's path through the National Referral Mechanism (issue 7). The case holds only what
 * every screen needs (who owns it, where it stands, the packet facts); the dated history lives in
 * separate entities ({@link StageEntry}, {@link Consent}, {@link Referral}, ...) that name the case
 * by {@code caseId}, so that two laptops adding entries never write the same field.
 *
 * @param caseNumber pseudonymous number printed on letters ({@link CaseNumber})
 * @param personId the person entity; never copied into letters or packets
 * @param ownerId the user responsible now; changes only through an accepted {@link Transfer}
 * @param region welaýat code (ISO 3166-2:TM or the local code of Arkadag)
 * @param language the person's preferred language, an ISO 639-1 code
 */
public record Case(
    UUID id,
    String caseNumber,
    UUID personId,
    OpeningRoute route,
    Optional<UUID> screeningId,
    Optional<Outcome> screeningOutcome,
    Instant openedAt,
    String openedBy,
    String ownerId,
    String region,
    CaseStatus status,
    Stage stage,
    AgeBand ageBand,
    boolean presumedMinor,
    Sex sex,
    String language,
    Optional<Instant> closedAt) {

  public static final String ENTITY_TYPE = "case";

  public Case {
    Objects.requireNonNull(id, "id");
    if (!CaseNumber.isValid(caseNumber)) {
      throw new IllegalArgumentException("caseNumber");
    }
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(screeningId, "screeningId");
    Objects.requireNonNull(screeningOutcome, "screeningOutcome");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /** On the child path: under 18 by band, or presumed a minor while the age is in doubt. */
  public boolean child() {
    return ageBand.child() || presumedMinor;
  }

  public Case withStage(Stage next) {
    requireOpen();
    return new Case(
        id,
        caseNumber,
        personId,
        route,
        screeningId,
        screeningOutcome,
        openedAt,
        openedBy,
        ownerId,
        region,
        status,
        next,
        ageBand,
        presumedMinor,
        sex,
        language,
        closedAt);
  }

  /** Active or follow-up; closing goes through {@link #close}. */
  public Case withStatus(CaseStatus next) {
    requireOpen();
    if (next.closed()) {
      throw new IllegalArgumentException("use close()");
    }
    return new Case(
        id,
        caseNumber,
        personId,
        route,
        screeningId,
        screeningOutcome,
        openedAt,
        openedBy,
        ownerId,
        region,
        next,
        stage,
        ageBand,
        presumedMinor,
        sex,
        language,
        closedAt);
  }

  /** Closes the case, as {@code CLOSED} or {@code CLOSED_REFERRED}; the stage becomes closure. */
  public Case close(CaseStatus closedStatus, Instant at) {
    requireOpen();
    if (!closedStatus.closed()) {
      throw new IllegalArgumentException("closed status expected");
    }
    return new Case(
        id,
        caseNumber,
        personId,
        route,
        screeningId,
        screeningOutcome,
        openedAt,
        openedBy,
        ownerId,
        region,
        closedStatus,
        Stage.CLOSURE,
        ageBand,
        presumedMinor,
        sex,
        language,
        Optional.of(at));
  }

  /** Owner and region after an accepted transfer. */
  Case transferredTo(String newOwner, String newRegion) {
    requireOpen();
    return new Case(
        id,
        caseNumber,
        personId,
        route,
        screeningId,
        screeningOutcome,
        openedAt,
        openedBy,
        newOwner,
        newRegion,
        status,
        stage,
        ageBand,
        presumedMinor,
        sex,
        language,
        closedAt);
  }

  void requireOpen() {
    if (status.closed()) {
      throw new CaseRuleException(CaseRuleException.Code.CASE_CLOSED);
    }
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .text("caseNumber", caseNumber)
        .id("personId", personId)
        .enumValue("route", route)
        .id("screeningId", screeningId)
        .enumValue("screeningOutcome", screeningOutcome)
        .instant("openedAt", openedAt)
        .text("openedBy", openedBy)
        .text("ownerId", ownerId)
        .text("region", region)
        .enumValue("status", status)
        .enumValue("stage", stage)
        .enumValue("ageBand", ageBand)
        .bool("presumedMinor", presumedMinor)
        .enumValue("sex", sex)
        .text("language", language)
        .instant("closedAt", closedAt)
        .build();
  }

  public static Case fromFields(FieldMap f) {
    return new Case(
        f.id("id"),
        f.text("caseNumber"),
        f.id("personId"),
        f.enumValue("route", OpeningRoute.class),
        f.optId("screeningId"),
        f.optEnum("screeningOutcome", Outcome.class),
        f.instant("openedAt"),
        f.text("openedBy"),
        f.text("ownerId"),
        f.text("region"),
        f.enumValue("status", CaseStatus.class),
        f.enumValue("stage", Stage.class),
        f.enumValue("ageBand", AgeBand.class),
        f.bool("presumedMinor"),
        f.enumValue("sex", Sex.class),
        f.text("language"),
        f.optInstant("closedAt"));
  }

  /** Ids and state only. */
  @Override
  public String toString() {
    return "Case[" + id + ", " + status + ", " + stage + "]";
  }
}
