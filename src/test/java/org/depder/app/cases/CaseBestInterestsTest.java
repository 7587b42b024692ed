package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.depder.app.vault.MutableClock;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.BestInterestsDecision;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.ConsentGate;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.GateRefusal;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.Referrals;
import org.depder.domain.cases.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child's referral through a best-interests decision, over a real vault. */
class CaseBestInterestsTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  static CaseOpening.Facts child() {
    return new CaseOpening.Facts(
        UUID.randomUUID(), "TM-L", AgeBand.FROM_14_TO_17, false, Sex.FEMALE, "tk");
  }

  @Test
  void aChildsReferralIsSentOnlyWhileABestInterestsDecisionIsInForce() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(child(), OpeningRoute.SOCIAL_WORKER);
    Referral first = CaseServiceTest.propose(d, c.id());
    assertThat(d.cases.send(first.id()))
        .isEqualTo(new Referrals.Refused(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS));
    assertThat(d.cases.referral(first.id()).state()).isEqualTo(ReferralState.PROPOSED);

    clock.advance(Duration.ofMinutes(5));
    BestInterestsDecision decision =
        d.cases.recordBestInterests(
            c.id(), ConsentPurpose.REFERRAL, CaseServiceTest.SHELTER, "no guardian reachable");
    assertThat(decision.decidedBy()).isEqualTo(d.user());
    assertThat(d.cases.bestInterests(c.id())).containsExactly(decision);
    Referrals.SendResult sent = d.cases.send(first.id());
    assertThat(sent).isInstanceOf(Referrals.Sent.class);
    assertThat(((Referrals.Sent) sent).basis())
        .isEqualTo(
            new ConsentGate.Allowed(ConsentGate.Basis.BEST_INTERESTS_DECISION, decision.id()));
    assertThat(d.cases.referral(first.id()).state()).isEqualTo(ReferralState.SENT);

    clock.advance(Duration.ofMinutes(5));
    BestInterestsDecision revoked = d.cases.revokeBestInterests(decision.id());
    assertThat(revoked.inForce()).isFalse();
    assertThat(d.cases.bestInterests(c.id())).singleElement().isEqualTo(revoked);
    // revoking again writes nothing
    int revisions = d.vault.session().replication().revisions().revisionsOf(decision.id()).size();
    d.cases.revokeBestInterests(decision.id());
    assertThat(d.vault.session().replication().revisions().revisionsOf(decision.id()))
        .hasSize(revisions);

    Referral second = CaseServiceTest.propose(d, c.id());
    assertThat(d.cases.send(second.id()))
        .isEqualTo(new Referrals.Refused(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS));
    assertThat(d.cases.referral(second.id()).shared()).isEmpty();
  }

  @Test
  void anAdultsCaseGetsNoBestInterestsDecision() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    assertThatThrownBy(
            () ->
                d.cases.recordBestInterests(
                    c.id(), ConsentPurpose.REFERRAL, CaseServiceTest.SHELTER, "a reason"))
        .isInstanceOfSatisfying(
            CaseServiceException.class,
            e -> assertThat(e.code()).isEqualTo(CaseServiceException.Code.NOT_A_CHILD));
    assertThat(d.cases.bestInterests(c.id())).isEmpty();
  }

  @Test
  void aDecisionNeedsItsReason() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(child(), OpeningRoute.SOCIAL_WORKER);
    assertThatThrownBy(
            () ->
                d.cases.recordBestInterests(
                    c.id(), ConsentPurpose.REFERRAL, CaseServiceTest.SHELTER, " "))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo(CaseRuleException.Code.REASON_REQUIRED));
    assertThat(d.cases.bestInterests(c.id())).isEmpty();
  }
}
