package org.depder.domain.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A recorded best-interests decision for a child (UNICEF guidelines, DOMAIN 2.3): it may stand in
 * for the guardian's consent to one purpose and scope, for the child's protection, and must say
 * why. It can be revoked; a revoked decision no longer opens the consent gate.
 */
public record BestInterestsDecision(
    UUID id,
    UUID caseId,
    ConsentPurpose purpose,
    String scope,
    Instant decidedAt,
    String decidedBy,
    String reason,
    Optional<Instant> revokedAt) {
  public static final String ENTITY_TYPE = "case_best_interests";

  public BestInterestsDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(revokedAt, "revokedAt");
    if (reason == null || reason.isBlank()) {
      throw new CaseRuleException(CaseRuleException.Code.REASON_REQUIRED);
    }
  }

  public boolean inForce() {
    return revokedAt.isEmpty();
  }

  public boolean covers(ConsentPurpose p, String s) {
    return purpose == p && scope.equals(s);
  }

  public BestInterestsDecision revoke(Instant at) {
    return new BestInterestsDecision(
        id, caseId, purpose, scope, decidedAt, decidedBy, reason, Optional.of(at));
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .enumValue("purpose", purpose)
        .nonEmpty("scope", scope)
        .instant("decidedAt", decidedAt)
        .text("decidedBy", decidedBy)
        .text("reason", reason)
        .instant("revokedAt", revokedAt)
        .build();
  }

  public static BestInterestsDecision fromFields(FieldMap f) {
    return new BestInterestsDecision(
        f.id("id"),
        f.id("caseId"),
        f.enumValue("purpose", ConsentPurpose.class),
        f.textOrEmpty("scope"),
        f.instant("decidedAt"),
        f.text("decidedBy"),
        f.text("reason"),
        f.optInstant("revokedAt"));
  }

  @Override
  public String toString() {
    return "BestInterestsDecision[" + id + ", " + purpose + "]";
  }
}
