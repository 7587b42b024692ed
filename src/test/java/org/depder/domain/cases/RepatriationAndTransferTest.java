package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.domain.cases.CaseFixtures.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepatriationAndTransferTest {
  private final Case c = adultCase();

  @Test
  void eachRepatriationTaskIsDatedAndOwned() {
    RepatriationTask doc =
        RepatriationTask.open(
            id(), c.id(), RepatriationTaskKind.TRAVEL_DOCUMENT, CONSUL, day(3, 10));
    RepatriationTask done = doc.complete("certificate of return issued", T0, CONSUL);
    assertThat(done.state()).isEqualTo(TaskState.DONE);
    assertThat(done.doneAt()).contains(T0);
    assertThat(done.doneBy()).contains(CONSUL);
    assertThatThrownBy(() -> done.complete("", T0, CONSUL)).isInstanceOf(CaseRuleException.class);
    assertThat(doc.reassign(OTHER_WORKER, day(3, 12)).ownerId()).isEqualTo(OTHER_WORKER);
  }

  @Test
  void theHandOverNeedsAReceivingSocialWorkerOfTheHomeWelayat() {
    RepatriationTask handOver =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.HAND_OVER, CONSUL, day(3, 20));
    assertThatThrownBy(() -> handOver.complete("", T0, CONSUL))
        .isInstanceOf(CaseRuleException.class)
        .extracting(e -> ((CaseRuleException) e).code())
        .isEqualTo(CaseRuleException.Code.HAND_OVER_WITHOUT_RECEIVER);
    RepatriationTask done =
        handOver.withHandOver(WORKER, "TM-L").complete("met at the airport", T0, CONSUL);
    assertThat(done.handOverTo()).contains(WORKER);
    assertThat(done.homeRegion()).contains("TM-L");
    RepatriationTask escort =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.ESCORT, CONSUL, day(3, 20));
    assertThatThrownBy(() -> escort.withHandOver(WORKER, "TM-L"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTransferToANamedWorkerChangesNothingUntilTheyAccept() {
    Transfer t =
        Transfer.request(id(), c, Optional.of(OTHER_WORKER), Optional.empty(), "moved", T0, WORKER);
    assertThat(t.state()).isEqualTo(TransferState.REQUESTED);
    assertThatThrownBy(() -> t.accept(c, T0, CONSUL))
        .isInstanceOf(CaseRuleException.class)
        .extracting(e -> ((CaseRuleException) e).code())
        .isEqualTo(CaseRuleException.Code.NOT_THE_RECEIVER);
    Transfer.Accepted accepted = t.accept(c, T0.plusSeconds(60), OTHER_WORKER);
    assertThat(accepted.moved().ownerId()).isEqualTo(OTHER_WORKER);
    assertThat(accepted.moved().region()).isEqualTo(c.region());
    assertThat(accepted.transfer().state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(accepted.transfer().respondedBy()).contains(OTHER_WORKER);
    assertThatThrownBy(() -> accepted.transfer().accept(c, T0, OTHER_WORKER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> accepted.transfer().cancel(T0, WORKER))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aTransferToARegionIsTakenByWhoeverAcceptsThere() {
    Transfer t = Transfer.request(id(), c, Optional.empty(), Optional.of("TM-M"), "", T0, WORKER);
    Transfer.Accepted accepted = t.accept(c, T0, OTHER_WORKER);
    assertThat(accepted.moved().ownerId()).isEqualTo(OTHER_WORKER);
    assertThat(accepted.moved().region()).isEqualTo("TM-M");
  }

  @Test
  void declinedOrCancelledTransfersAreFinalAndNeedATarget() {
    Transfer t =
        Transfer.request(id(), c, Optional.of(OTHER_WORKER), Optional.empty(), "", T0, WORKER);
    assertThat(t.decline(T0, OTHER_WORKER).state()).isEqualTo(TransferState.DECLINED);
    assertThatThrownBy(() -> t.decline(T0, CONSUL)).isInstanceOf(CaseRuleException.class);
    Transfer cancelled = t.cancel(T0, WORKER);
    assertThatThrownBy(() -> cancelled.decline(T0, OTHER_WORKER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(
            () -> Transfer.request(id(), c, Optional.empty(), Optional.empty(), "", T0, WORKER))
        .isInstanceOf(CaseRuleException.class);
    Case closed = c.close(CaseStatus.CLOSED, T0);
    assertThatThrownBy(
            () ->
                Transfer.request(
                    id(), closed, Optional.of(OTHER_WORKER), Optional.empty(), "", T0, WORKER))
        .isInstanceOf(CaseRuleException.class);
  }

  @Test
  void proceedingsRecordTheCooperationChoiceAndClaimsUseIntegerAmounts() {
    Proceedings p =
        Proceedings.none(c.id(), T0, WORKER)
            .withCooperation(Cooperation.NOT_COOPERATING, T0, WORKER)
            .withStatus(ProceedingsStatus.UNDER_INVESTIGATION, day(4, 1), T0, WORKER);
    assertThat(p.cooperation()).isEqualTo(Cooperation.NOT_COOPERATING);
    assertThat(p.statusSince()).contains(day(4, 1));
    CompensationClaim claim =
        new CompensationClaim(
            id(),
            c.id(),
            ClaimRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE,
            ClaimStatus.FILED,
            "TMT",
            1_250_000,
            Optional.empty(),
            Optional.empty(),
            Optional.of(day(4, 2)),
            Optional.empty(),
            "");
    CompensationClaim paid =
        claim.decided(ClaimStatus.PARTLY_AWARDED, Optional.of(800_000L), day(9, 1)).paid(800_000);
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(paid.awardedMinor()).contains(800_000L);
    assertThatThrownBy(
            () ->
                new CompensationClaim(
                    id(),
                    c.id(),
                    ClaimRoute.OTHER,
                    ClaimStatus.FILED,
                    "TMT",
                    -1,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    ""))
        .isInstanceOf(CaseRuleException.class);
    assertThatThrownBy(
            () ->
                new CompensationClaim(
                    id(),
                    c.id(),
                    ClaimRoute.OTHER,
                    ClaimStatus.FILED,
                    "manat",
                    1,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    ""))
        .isInstanceOf(CaseRuleException.class);
  }
}
