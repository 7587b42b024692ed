package org.depder.domain.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One compensation claim (issue 7 item 6). Amounts are whole minor units (tenge, 1/100 manat) as
 * integers, never floating point, with the ISO 4217 currency code (TMT by default; a claim abroad
 * may be in another currency).
 */
public record CompensationClaim(
    UUID id,
    UUID caseId,
    ClaimRoute route,
    ClaimStatus status,
    String currency,
    long claimedMinor,
    Optional<Long> awardedMinor,
    Optional<Long> paidMinor,
    Optional<LocalDate> filedOn,
    Optional<LocalDate> decidedOn,
    String note) {
  public static final String ENTITY_TYPE = "case_compensation_claim";

  public CompensationClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(status, "status");
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new CaseRuleException(CaseRuleException.Code.INVALID_AMOUNT);
    }
    Objects.requireNonNull(awardedMinor, "awardedMinor");
    Objects.requireNonNull(paidMinor, "paidMinor");
    Objects.requireNonNull(filedOn, "filedOn");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(note, "note");
    if (claimedMinor < 0 || awardedMinor.orElse(0L) < 0 || paidMinor.orElse(0L) < 0) {
      throw new CaseRuleException(CaseRuleException.Code.INVALID_AMOUNT);
    }
  }

  public CompensationClaim decided(ClaimStatus outcome, Optional<Long> awarded, LocalDate on) {
    return new CompensationClaim(
        id,
        caseId,
        route,
        outcome,
        currency,
        claimedMinor,
        awarded,
        paidMinor,
        filedOn,
        Optional.of(on),
        note);
  }

  public CompensationClaim paid(long amountMinor) {
    return new CompensationClaim(
        id,
        caseId,
        route,
        ClaimStatus.PAID,
        currency,
        claimedMinor,
        awardedMinor,
        Optional.of(amountMinor),
        filedOn,
        decidedOn,
        note);
  }

  public FieldMap toFields() {
    return FieldMap.builder()
        .id("id", id)
        .id("caseId", caseId)
        .enumValue("route", route)
        .enumValue("status", status)
        .text("currency", currency)
        .number("claimedMinor", claimedMinor)
        .number("awardedMinor", awardedMinor)
        .number("paidMinor", paidMinor)
        .date("filedOn", filedOn)
        .date("decidedOn", decidedOn)
        .nonEmpty("note", note)
        .build();
  }

  public static CompensationClaim fromFields(FieldMap f) {
    return new CompensationClaim(
        f.id("id"),
        f.id("caseId"),
        f.enumValue("route", ClaimRoute.class),
        f.enumValue("status", ClaimStatus.class),
        f.text("currency"),
        f.number("claimedMinor"),
        f.optNumber("awardedMinor"),
        f.optNumber("paidMinor"),
        f.optDate("filedOn"),
        f.optDate("decidedOn"),
        f.textOrEmpty("note"));
  }

  @Override
  public String toString() {
    return "CompensationClaim[" + id + ", " + status + "]";
  }
}
