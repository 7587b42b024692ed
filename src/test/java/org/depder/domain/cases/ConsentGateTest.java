package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.domain.cases.CaseFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentGateTest {
  private static ConsentGate.Decision check(
      Case c, List<Consent> consents, List<BestInterestsDecision> decisions) {
    return ConsentGate.check(c, ConsentPurpose.REFERRAL, SHELTER, consents, decisions);
  }

  private static GateRefusal refusal(ConsentGate.Decision d) {
    assertThat(d).isInstanceOf(ConsentGate.Refused.class);
    return ((ConsentGate.Refused) d).reason();
  }

  @Nested
  class Adult {
    private final Case c = adultCase();

    @Test
    void noConsentNoSharing() {
      assertThat(refusal(check(c, List.of(), List.of()))).isEqualTo(GateRefusal.NO_CONSENT);
    }

    @Test
    void theirOwnConsentToThatServiceOpensTheGate() {
      Consent given = given(c, SHELTER);
      var d = check(c, List.of(given), List.of());
      assertThat(d)
          .isEqualTo(new ConsentGate.Allowed(ConsentGate.Basis.PERSON_CONSENT, given.id()));
    }

    @Test
    void consentToAnotherServiceOrPurposeDoesNotCount() {
      Consent other = given(c, MEDICAL);
      assertThat(refusal(check(c, List.of(other), List.of()))).isEqualTo(GateRefusal.NO_CONSENT);
      Consent family =
          new Consent(
              id(),
              c.id(),
              ConsentPurpose.FAMILY_CONTACT,
              SHELTER,
              ConsentDecision.GIVEN,
              ConsentGiver.PERSON,
              ConsentForm.ORAL_WITNESSED,
              "tk",
              T0,
              WORKER,
              "",
              java.util.Optional.empty(),
              java.util.Optional.empty());
      assertThat(refusal(check(c, List.of(family), List.of()))).isEqualTo(GateRefusal.NO_CONSENT);
    }

    @Test
    void consentOfAnotherCaseDoesNotCount() {
      Consent elsewhere = given(adultCase(), SHELTER);
      assertThat(refusal(check(c, List.of(elsewhere), List.of())))
          .isEqualTo(GateRefusal.NO_CONSENT);
    }

    @Test
    void refusalIsRespected() {
      Consent refused = consent(c, SHELTER, ConsentDecision.REFUSED, ConsentGiver.PERSON, T0);
      assertThat(refusal(check(c, List.of(refused), List.of())))
          .isEqualTo(GateRefusal.CONSENT_REFUSED);
    }

    @Test
    void withdrawnConsentClosesTheGate() {
      Consent withdrawn = given(c, SHELTER).withdraw(T0.plusSeconds(600), WORKER);
      assertThat(refusal(check(c, List.of(withdrawn), List.of())))
          .isEqualTo(GateRefusal.CONSENT_WITHDRAWN);
    }

    @Test
    void theLatestAnswerCountsWhateverTheListOrder() {
      Consent first = consent(c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.PERSON, T0);
      Consent later =
          consent(c, SHELTER, ConsentDecision.REFUSED, ConsentGiver.PERSON, T0.plusSeconds(60));
      assertThat(refusal(check(c, List.of(later, first), List.of())))
          .isEqualTo(GateRefusal.CONSENT_REFUSED);
      Consent again =
          consent(c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.PERSON, T0.plusSeconds(120));
      assertThat(check(c, List.of(again, later, first), List.of()).allowed()).isTrue();
    }

    @Test
    void aGuardiansAnswerDoesNotDecideForAnAdult() {
      Consent guardian = consent(c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.GUARDIAN, T0);
      assertThat(refusal(check(c, List.of(guardian), List.of()))).isEqualTo(GateRefusal.NO_CONSENT);
    }

    @Test
    void aBestInterestsDecisionIsForChildrenOnly() {
      assertThat(refusal(check(c, List.of(), List.of(bestInterests(c, SHELTER)))))
          .isEqualTo(GateRefusal.NO_CONSENT);
    }

    @Test
    void aClosedCaseSharesNothing() {
      Case closed = c.close(CaseStatus.CLOSED, T0.plusSeconds(1));
      assertThat(refusal(check(closed, List.of(given(closed, SHELTER)), List.of())))
          .isEqualTo(GateRefusal.CASE_CLOSED);
    }
  }

  @Nested
  class Child {
    private final Case c = childCase();

    @Test
    void theChildsOwnConsentIsRecordedButNotEnough() {
      assertThat(refusal(check(c, List.of(given(c, SHELTER)), List.of())))
          .isEqualTo(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS);
      assertThat(refusal(check(c, List.of(), List.of())))
          .isEqualTo(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS);
    }

    @Test
    void theGuardiansConsentOpensTheGate() {
      Consent guardian = consent(c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.GUARDIAN, T0);
      assertThat(check(c, List.of(guardian), List.of()))
          .isEqualTo(new ConsentGate.Allowed(ConsentGate.Basis.GUARDIAN_CONSENT, guardian.id()));
    }

    @Test
    void aRecordedBestInterestsDecisionOpensTheGate() {
      BestInterestsDecision bid = bestInterests(c, SHELTER);
      assertThat(check(c, List.of(), List.of(bid)))
          .isEqualTo(new ConsentGate.Allowed(ConsentGate.Basis.BEST_INTERESTS_DECISION, bid.id()));
    }

    @Test
    void aBestInterestsDecisionMayOverrideTheGuardiansRefusal() {
      Consent refused = consent(c, SHELTER, ConsentDecision.REFUSED, ConsentGiver.GUARDIAN, T0);
      assertThat(refusal(check(c, List.of(refused), List.of())))
          .isEqualTo(GateRefusal.CONSENT_REFUSED);
      assertThat(check(c, List.of(refused), List.of(bestInterests(c, SHELTER))).allowed()).isTrue();
    }

    @Test
    void aRevokedOrUnrelatedDecisionDoesNot() {
      BestInterestsDecision revoked = bestInterests(c, SHELTER).revoke(T0.plusSeconds(900));
      BestInterestsDecision otherService = bestInterests(c, MEDICAL);
      assertThat(refusal(check(c, List.of(), List.of(revoked, otherService))))
          .isEqualTo(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS);
    }

    @Test
    void theGuardiansWithdrawalClosesIt() {
      Consent withdrawn =
          consent(c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.GUARDIAN, T0)
              .withdraw(T0.plusSeconds(60), WORKER);
      assertThat(refusal(check(c, List.of(withdrawn), List.of())))
          .isEqualTo(GateRefusal.CONSENT_WITHDRAWN);
    }

    @Test
    void aBestInterestsDecisionNeedsAReason() {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new BestInterestsDecision(
                      id(),
                      c.id(),
                      ConsentPurpose.REFERRAL,
                      SHELTER,
                      T0,
                      WORKER,
                      " ",
                      java.util.Optional.empty()))
          .isInstanceOf(CaseRuleException.class)
          .extracting(e -> ((CaseRuleException) e).code())
          .isEqualTo(CaseRuleException.Code.REASON_REQUIRED);
    }
  }

  @Test
  void consentIsWithdrawnOnceAndOnlyIfGiven() {
    Case c = adultCase();
    Consent withdrawn = given(c, SHELTER).withdraw(T0.plusSeconds(5), WORKER);
    assertThat(withdrawn.withdrawnAt()).contains(T0.plusSeconds(5));
    assertThat(withdrawn.withdrawnBy()).contains(WORKER);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> withdrawn.withdraw(T0, WORKER))
        .isInstanceOf(CaseRuleException.class);
    Consent refused = consent(c, SHELTER, ConsentDecision.REFUSED, ConsentGiver.PERSON, T0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> refused.withdraw(T0, WORKER))
        .isInstanceOf(CaseRuleException.class);
  }

  /** Assistance never depends on cooperation: the gate cannot even see it. */
  @Test
  void theGateTakesNothingAboutProceedings() {
    for (var m : ConsentGate.class.getDeclaredMethods()) {
      assertThat(m.getParameterTypes())
          .doesNotContain(Proceedings.class, Cooperation.class, ProceedingsStatus.class);
    }
  }
}
