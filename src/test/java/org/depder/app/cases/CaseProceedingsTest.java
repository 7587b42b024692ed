package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.depder.app.replication.EntityRef;
import org.depder.app.vault.MutableClock;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.ClaimRoute;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.CompensationClaim;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.IllegalTransitionException;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Proceedings;
import org.depder.domain.cases.ProceedingsStatus;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proceedings and compensation over a real vault, their read model and its rebuild. */
class CaseProceedingsTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  static void invalidAmount(ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo(CaseRuleException.Code.INVALID_AMOUNT));
  }

  @Test
  void proceedingsAreRecordedBesideTheCaseWithoutTakingItsRecord() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    assertThat(d.proceedings.proceedings(c.id())).isEmpty();

    clock.advance(Duration.ofDays(2));
    Proceedings cooperating = d.proceedings.recordCooperation(c.id(), Cooperation.COOPERATING);
    assertThat(cooperating.cooperationRecordedAt()).contains(clock.instant());
    clock.advance(Duration.ofDays(1));
    Proceedings investigated =
        d.proceedings.setProceedingsStatus(
            c.id(), ProceedingsStatus.UNDER_INVESTIGATION, "reported by the police");
    assertThat(investigated.cooperation()).isEqualTo(Cooperation.COOPERATING);
    assertThat(investigated.statusSince()).contains(LocalDate.parse("2026-03-23"));
    assertThat(investigated.updatedBy()).isEqualTo(d.user());
    assertThat(d.proceedings.proceedings(c.id())).contains(investigated);

    // the case keeps its own record, and its parts include the proceedings
    assertThat(d.cases.load(c.id()).value()).isEqualTo(c);
    assertThat(d.cases.cases()).extracting(s -> s.value().id()).containsExactly(c.id());
    assertThat(d.cases.parts(c.id(), Proceedings.ENTITY_TYPE, Proceedings::fromFields))
        .extracting(CaseRecords.Stored::value)
        .containsExactly(investigated);
    // two revisions of the proceedings' own entity; none of them among the case's
    assertThat(
            d.vault.session().replication().revisions().revisionsOf(Proceedings.entityIdOf(c.id())))
        .extracting(s -> s.entry().entityType())
        .containsExactly(Proceedings.ENTITY_TYPE, Proceedings.ENTITY_TYPE);
    assertThat(d.vault.session().replication().revisions().revisionsOf(c.id()))
        .noneMatch(s -> s.entry().entityType().equals(Proceedings.ENTITY_TYPE));
  }

  @Test
  void assistanceDoesNotDependOnCooperation() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    d.cases.recordConsent(CaseServiceTest.referralConsent(c.id(), ConsentDecision.GIVEN));

    d.proceedings.recordCooperation(c.id(), Cooperation.COOPERATING);
    Referral first = CaseServiceTest.propose(d, c.id());
    Referrals.SendResult whileCooperating = d.cases.send(first.id());

    d.proceedings.recordCooperation(c.id(), Cooperation.NOT_COOPERATING);
    Referral second = CaseServiceTest.propose(d, c.id());
    Referrals.SendResult whileNotCooperating = d.cases.send(second.id());

    assertThat(whileCooperating).isInstanceOf(Referrals.Sent.class);
    assertThat(whileNotCooperating).isInstanceOf(Referrals.Sent.class);
    Referrals.Sent a = (Referrals.Sent) whileCooperating;
    Referrals.Sent b = (Referrals.Sent) whileNotCooperating;
    assertThat(b.packet()).isEqualTo(a.packet());
    assertThat(b.basis()).isEqualTo(a.basis());
    assertThat(d.cases.referral(second.id()).shared())
        .isEqualTo(d.cases.referral(first.id()).shared());
  }

  @Test
  void aClaimIsFiledDecidedAndPaid() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    LocalDate filed = LocalDate.parse("2026-05-04");
    CompensationClaim claim =
        d.proceedings.fileClaim(
            c.id(), ClaimRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE, "TMT", 5_000_000L, filed);
    assertThat(claim.status()).isEqualTo(ClaimStatus.FILED);
    assertThat(claim.filedOn()).contains(filed);
    invalidAmount(() -> d.proceedings.fileClaim(c.id(), ClaimRoute.OTHER, "tmt", 1L, filed));
    invalidAmount(() -> d.proceedings.fileClaim(c.id(), ClaimRoute.OTHER, "TMT", -1L, filed));
    assertThatThrownBy(() -> d.proceedings.recordPayment(claim.id(), 1L))
        .isInstanceOf(IllegalTransitionException.class);
    invalidAmount(
        () ->
            d.proceedings.decideClaim(
                claim.id(), ClaimStatus.AWARDED, Optional.empty(), filed.plusMonths(2)));
    assertThatThrownBy(
            () ->
                d.proceedings.decideClaim(
                    claim.id(), ClaimStatus.PAID, Optional.of(1L), filed.plusMonths(2)))
        .isInstanceOf(IllegalTransitionException.class);

    CompensationClaim awarded =
        d.proceedings.decideClaim(
            claim.id(), ClaimStatus.PARTLY_AWARDED, Optional.of(3_000_000L), filed.plusMonths(2));
    assertThat(awarded.decidedOn()).contains(filed.plusMonths(2));
    invalidAmount(() -> d.proceedings.recordPayment(claim.id(), 3_000_001L));
    assertThat(d.proceedings.recordPayment(claim.id(), 1_000_000L).paidMinor())
        .contains(1_000_000L);
    CompensationClaim paid = d.proceedings.recordPayment(claim.id(), 3_000_000L);
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(paid.awardedMinor()).contains(3_000_000L);
    assertThat(paid.claimedMinor()).isEqualTo(5_000_000L);
    assertThatThrownBy(() -> d.proceedings.withdrawClaim(claim.id(), filed.plusMonths(3)))
        .isInstanceOf(IllegalTransitionException.class);

    CompensationClaim second =
        d.proceedings.fileClaim(
            c.id(), ClaimRoute.STATE_SCHEME, "TMT", 100_000L, filed.plusDays(1));
    CompensationClaim withdrawn = d.proceedings.withdrawClaim(second.id(), filed.plusDays(9));
    assertThat(withdrawn.status()).isEqualTo(ClaimStatus.WITHDRAWN);
    assertThat(d.proceedings.claims(c.id())).containsExactly(paid, withdrawn);
  }

  @Test
  void proceedingsAndClaimsReadBackAfterTheReadModelIsRebuiltAndOnAnotherLaptop() throws Exception {
    CaseDevice a = new CaseDevice(dir.resolve("a.depder"), clock);
    CaseDevice b = new CaseDevice(dir.resolve("b.depder"), clock);
    a.pin(b);
    b.pin(a);
    Case c = a.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    a.proceedings.recordCooperation(c.id(), Cooperation.UNDECIDED);
    Proceedings p =
        a.proceedings.setProceedingsStatus(c.id(), ProceedingsStatus.IN_COURT, "hearing set");
    CompensationClaim claim =
        a.proceedings.fileClaim(
            c.id(), ClaimRoute.CIVIL_LAWSUIT, "TMT", 250_000L, LocalDate.parse("2026-04-01"));

    // rebuild: the read model is dropped and projected again from the revisions
    Set<EntityRef> all =
        Set.of(
            new EntityRef(Case.ENTITY_TYPE, c.id()),
            new EntityRef(Proceedings.ENTITY_TYPE, Proceedings.entityIdOf(c.id())),
            new EntityRef(CompensationClaim.ENTITY_TYPE, claim.id()));
    for (EntityRef ref : all) {
      assertThat(
              a.vault
                  .session()
                  .records()
                  .delete(CaseProjector.recordId(ref.entityType(), ref.entityId())))
          .isTrue();
    }
    assertThat(a.proceedings.proceedings(c.id())).isEmpty();
    a.reproject(all);
    assertThat(a.cases.load(c.id()).value()).isEqualTo(c);
    assertThat(a.proceedings.proceedings(c.id())).contains(p);
    assertThat(a.proceedings.claims(c.id())).containsExactly(claim);

    // the other laptop receives the revisions and projects the same records
    b.receive(a, Case.ENTITY_TYPE, c.id());
    b.receive(a, Proceedings.ENTITY_TYPE, Proceedings.entityIdOf(c.id()));
    b.receive(a, CompensationClaim.ENTITY_TYPE, claim.id());
    assertThat(b.cases.load(c.id()).value()).isEqualTo(c);
    assertThat(b.proceedings.proceedings(c.id())).contains(p);
    assertThat(b.proceedings.claims(c.id())).containsExactly(claim);
    // the proceedings' revisions are their own, never mixed with the case's
    assertThat(a.vault.session().replication().revisions().revisionsOf(c.id()))
        .allSatisfy(r -> assertThat(r.entry().entityType()).isEqualTo(Case.ENTITY_TYPE));
    assertThat(Proceedings.entityIdOf(c.id()).toString())
        .isNotEqualTo(c.id().toString())
        .isEqualTo(
            java.util
                .UUID
                .nameUUIDFromBytes(
                    ("depder-case-proceedings-v1|" + c.id())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
  }
}
