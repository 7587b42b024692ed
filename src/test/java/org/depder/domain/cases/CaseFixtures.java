package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.domain.screening.Outcome;

/** Builders for the case tests; fixed ids and times, so failures repeat. */
final class CaseFixtures {
  static final ZoneId ASHGABAT = ZoneId.of("Asia/Ashgabat");
  static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");
  static final String WORKER = "0190f3a0-1111-7222-8333-444455556666";
  static final String OTHER_WORKER = "0190f3a0-2222-7222-8333-444455556666";
  static final String CONSUL = "0190f3a0-3333-7222-8333-444455556666";
  static final String SHELTER = "tm-shelter-ashgabat";
  static final String MEDICAL = "tm-medical-lebap";

  private static int next = 1;

  private CaseFixtures() {}

  static synchronized UUID id() {
    return UUID.fromString(String.format("0190f3a0-0000-7000-8000-%012d", next++));
  }

  static CaseOpening.Facts adultFacts() {
    return new CaseOpening.Facts(id(), "TM-L", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk");
  }

  static CaseOpening.Facts childFacts() {
    return new CaseOpening.Facts(id(), "TM-L", AgeBand.FROM_14_TO_17, false, Sex.MALE, "ru");
  }

  static Case adultCase() {
    return CaseOpening.fromScreening(
            id(),
            id(),
            "DC-7K3F-9Q2M",
            adultFacts(),
            id(),
            Outcome.PRESUMED_VICTIM_REFER_NRM,
            T0,
            WORKER)
        .opened();
  }

  static Case childCase() {
    return CaseOpening.direct(
            id(), id(), "DC-AB12-CD34", childFacts(), OpeningRoute.SOCIAL_WORKER, T0, WORKER)
        .opened();
  }

  static Consent consent(
      Case c, String scope, ConsentDecision decision, ConsentGiver giver, Instant at) {
    return new Consent(
        id(),
        c.id(),
        ConsentPurpose.REFERRAL,
        scope,
        decision,
        giver,
        ConsentForm.SIGNED,
        "tk",
        at,
        WORKER,
        "",
        Optional.empty(),
        Optional.empty());
  }

  static Consent given(Case c, String scope) {
    return consent(c, scope, ConsentDecision.GIVEN, ConsentGiver.PERSON, T0);
  }

  static BestInterestsDecision bestInterests(Case c, String scope) {
    return new BestInterestsDecision(
        id(),
        c.id(),
        ConsentPurpose.REFERRAL,
        scope,
        T0.plusSeconds(60),
        OTHER_WORKER,
        "Needs a safe place tonight; guardian unreachable",
        Optional.empty());
  }

  static Referral proposed(Case c, String service) {
    return Referral.propose(
        id(),
        c.id(),
        service,
        Set.of(ServiceNeed.SHELTER, ServiceNeed.MEDICAL),
        Urgency.WITHIN_THREE_DAYS,
        ContactMethod.THROUGH_REFERRING_WORKER,
        "+993 12 000000",
        T0.plusSeconds(120),
        WORKER);
  }

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }
}
