package org.depder.domain.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One consent answer for one purpose (and, for referral and data sharing, one named service or body
 * in {@code scope}). Never edited: a new answer is a new consent; a withdrawal sets {@code
 * withdrawnAt} once and stays on the record, so later readers see that it was given and taken back
 * (DOMAIN 2.3).
 *
 * @param scope the service or body id the consent names; empty for purposes without one
 * @param recordedBy the worker who explained and recorded it
 * @param language ISO 639-1 code of the language the consent was explained in
 * @param childViews the child's own views, recorded beside the guardian's answer; may be empty
 */
public record Consent(
    UUID id,
    UUID caseId,
    ConsentPurpose purpose,
    String scope,
    ConsentDecision decision,
    ConsentGiver givenBy,
    ConsentForm form,
    String language,
    Instant recordedAt,
    String recordedBy,
    String childViews,
    Optional<Instant> withdrawnAt,
    Optional<String> withdrawnBy) {
  public static final String ENTITY_TYPE = "case_consent";

  public Consent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(givenBy, "givenBy");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(childViews, "childViews");
    Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    Objects.requireNonNull(withdrawnBy, "withdrawnBy");
  }

  /** Given and not withdrawn. */
  public boolean inForce() {
    return decision == ConsentDecision.GIVEN && withdrawnAt.isEmpty();
  }

  public boolean covers(ConsentPurpose p, String s) {
    return purpose == p && scope.equals(s);
  }

  public Consent withdraw(Instant at, String by) {
    if (decision != ConsentDecision.GIVEN) {
      throw new CaseRuleException(CaseRuleException.Code.CONSENT_NOT_GIVEN);
    }
    if (withdrawnAt.isPresent()) {
      throw new CaseRuleException(CaseRuleException.Code.CONSENT_ALREADY_WITHDRAWN);
    }
    return new Consent(
        id,
        caseId,
        purpose,
        scope,
        decision,
        givenBy,
        form,
        language,
        recordedAt,
        recordedBy,
        childViews,
        Optional.of(at),
        Optional.of(by));
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .enumValue("purpose", purpose)
        .nonEmpty("scope", scope)
        .enumValue("decision", decision)
        .enumValue("givenBy", givenBy)
        .enumValue("form", form)
        .text("language", language)
        .instant("recordedAt", recordedAt)
        .text("recordedBy", recordedBy)
        .nonEmpty("childViews", childViews)
        .instant("withdrawnAt", withdrawnAt)
        .text("withdrawnBy", withdrawnBy)
        .build();
  }

  public static Consent fromFields(FieldMap f) {
    return new Consent(
        f.id("id"),
        f.id("caseId"),
        f.enumValue("purpose", ConsentPurpose.class),
        f.textOrEmpty("scope"),
        f.enumValue("decision", ConsentDecision.class),
        f.enumValue("givenBy", ConsentGiver.class),
        f.enumValue("form", ConsentForm.class),
        f.text("language"),
        f.instant("recordedAt"),
        f.text("recordedBy"),
        f.textOrEmpty("childViews"),
        f.optInstant("withdrawnAt"),
        f.optText("withdrawnBy"));
  }

  @Override
  public String toString() {
    return "Consent["
        + id
        + ", "
        + purpose
        + ", "
        + decision
        + (inForce() ? "" : ", not in force")
        + "]";
  }
}
