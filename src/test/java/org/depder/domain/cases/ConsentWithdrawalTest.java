package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.domain.cases.CaseFixtures.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentWithdrawalTest {
  private final Case c = adultCase();
  private final Consent shelterConsent = given(c, SHELTER);
  private final Instant withdrawnAt = T0.plusSeconds(3600);

  private Referral sentToShelter() {
    return ((Referrals.Sent)
            Referrals.send(
                c,
                proposed(c, SHELTER),
                List.of(shelterConsent),
                List.of(),
                T0.plusSeconds(200),
                WORKER))
        .referral();
  }

  @Test
  void stopsFurtherSharingAndRecordsWhatHadBeenShared() {
    Referral proposed = proposed(c, SHELTER);
    Referral sent = sentToShelter();
    Referral delivered = sentToShelter().accept(T0, "x").deliver("", T0).close(T0);
    Referral medical = proposed(c, MEDICAL);

    var w =
        Referrals.withdraw(
            shelterConsent, List.of(proposed, sent, delivered, medical), withdrawnAt, WORKER);

    assertThat(w.consent().withdrawnAt()).contains(withdrawnAt);
    assertThat(w.consent().inForce()).isFalse();
    // open referrals to that service end; the finished one only stops sharing; other services
    // untouched
    assertThat(w.changed()).hasSize(3);
    Referral cancelled = byId(w.changed(), proposed);
    assertThat(cancelled.state()).isEqualTo(ReferralState.CLOSED);
    assertThat(cancelled.closureReason()).contains(ClosureReason.CONSENT_WITHDRAWN);
    assertThat(cancelled.sharingStoppedAt()).isEmpty(); // nothing had been shared
    Referral stopped = byId(w.changed(), sent);
    assertThat(stopped.state()).isEqualTo(ReferralState.CLOSED);
    assertThat(stopped.sharingStoppedAt()).contains(withdrawnAt);
    Referral done = byId(w.changed(), delivered);
    assertThat(done.closureReason()).contains(ClosureReason.COMPLETED);
    assertThat(done.sharingStoppedAt()).contains(withdrawnAt);
    assertThat(w.changed()).noneMatch(r -> r.id().equals(medical.id()));

    assertThat(w.sharedBefore())
        .extracting(Referrals.SharedBefore::referralId)
        .containsExactlyInAnyOrder(sent.id(), delivered.id());
    assertThat(w.sharedBefore())
        .allSatisfy(
            s -> {
              assertThat(s.serviceId()).isEqualTo(SHELTER);
              assertThat(s.sentAt()).isEqualTo(T0.plusSeconds(200));
              assertThat(s.packet().caseNumber()).isEqualTo(c.caseNumber());
            });
  }

  @Test
  void afterWithdrawalANewReferralCannotBeSent() {
    var w = Referrals.withdraw(shelterConsent, List.of(), withdrawnAt, WORKER);
    var result =
        Referrals.send(
            c, proposed(c, SHELTER), List.of(w.consent()), List.of(), withdrawnAt, WORKER);
    assertThat(result).isEqualTo(new Referrals.Refused(GateRefusal.CONSENT_WITHDRAWN));
  }

  @Test
  void aNewConsentAfterTheWithdrawalOpensTheGateAgain() {
    var w = Referrals.withdraw(shelterConsent, List.of(), withdrawnAt, WORKER);
    Consent again =
        consent(
            c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.PERSON, withdrawnAt.plusSeconds(60));
    var result =
        Referrals.send(
            c, proposed(c, SHELTER), List.of(w.consent(), again), List.of(), withdrawnAt, WORKER);
    assertThat(result).isInstanceOf(Referrals.Sent.class);
  }

  @Test
  void otherPurposesChangeNoReferral() {
    Consent family =
        new Consent(
            id(),
            c.id(),
            ConsentPurpose.FAMILY_CONTACT,
            "",
            ConsentDecision.GIVEN,
            ConsentGiver.PERSON,
            ConsentForm.ORAL_WITNESSED,
            "tk",
            T0,
            WORKER,
            "",
            java.util.Optional.empty(),
            java.util.Optional.empty());
    var w = Referrals.withdraw(family, List.of(sentToShelter()), withdrawnAt, WORKER);
    assertThat(w.changed()).isEmpty();
    assertThat(w.sharedBefore()).isEmpty();
    assertThat(w.consent().inForce()).isFalse();
  }

  @Test
  void withdrawingTwiceChangesNothingMore() {
    Referral sent = sentToShelter();
    var first = Referrals.withdraw(shelterConsent, List.of(sent), withdrawnAt, WORKER);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Referrals.withdraw(first.consent(), first.changed(), withdrawnAt, WORKER))
        .isInstanceOf(CaseRuleException.class);
  }

  private static Referral byId(List<Referral> list, Referral r) {
    return list.stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
  }
}
