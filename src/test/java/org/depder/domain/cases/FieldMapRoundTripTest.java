package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.domain.cases.CaseFixtures.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every entity survives toFields → fromFields, with its optional parts both set and absent. */
class FieldMapRoundTripTest {
  private static final String NAME_LIKE = "Aýgül Şöhrat";

  private static <T> void roundTrips(
      T value, Function<T, FieldMap> to, Function<FieldMap, T> from) {
    FieldMap fields = to.apply(value);
    assertThat(from.apply(fields)).isEqualTo(value);
    // through a plain map, as read back from a merged entity (numbers may come back as Integer)
    Map<String, Object> plain = new HashMap<>(fields.asMap());
    plain.replaceAll(
        (k, v) -> v instanceof Long l && l < Integer.MAX_VALUE ? (Object) l.intValue() : v);
    assertThat(from.apply(FieldMap.of(plain))).isEqualTo(value);
    assertThat(fields.asMap().keySet()).allMatch(k -> k.matches("[a-zA-Z][a-zA-Z0-9_.]{0,79}"));
    assertThat(fields.asMap().values())
        .allMatch(v -> v instanceof String || v instanceof Long || v instanceof Boolean);
  }

  @Test
  void caseAndItsHistory() {
    Case open = adultCase();
    roundTrips(open, Case::toFields, Case::fromFields);
    roundTrips(childCase().close(CaseStatus.CLOSED_REFERRED, T0), Case::toFields, Case::fromFields);
    roundTrips(
        new StageEntry(id(), open.id(), Stage.REINTEGRATION, T0, WORKER, "note ç ž"),
        StageEntry::toFields,
        StageEntry::fromFields);
    roundTrips(
        new StageEntry(id(), open.id(), Stage.RETURN, T0, WORKER, ""),
        StageEntry::toFields,
        StageEntry::fromFields);
  }

  @Test
  void consentsAndDecisions() {
    Case c = childCase();
    Consent consent = consent(c, SHELTER, ConsentDecision.GIVEN, ConsentGiver.GUARDIAN, T0);
    roundTrips(consent, Consent::toFields, Consent::fromFields);
    roundTrips(consent.withdraw(T0.plusSeconds(3), WORKER), Consent::toFields, Consent::fromFields);
    BestInterestsDecision bid = bestInterests(c, SHELTER);
    roundTrips(bid, BestInterestsDecision::toFields, BestInterestsDecision::fromFields);
    roundTrips(bid.revoke(T0), BestInterestsDecision::toFields, BestInterestsDecision::fromFields);
  }

  @Test
  void referralsInEveryState() {
    Case c = adultCase();
    Referral proposed = proposed(c, SHELTER);
    Referral sent =
        ((Referrals.Sent)
                Referrals.send(c, proposed, List.of(given(c, SHELTER)), List.of(), T0, WORKER))
            .referral();
    for (Referral r :
        List.of(
            proposed,
            sent,
            sent.accept(T0, "x").deliver("done", T0).close(T0),
            sent.decline(DeclineReason.OUTSIDE_AREA, "", T0, "x"),
            Referrals.withdraw(given(c, SHELTER), List.of(sent), T0, WORKER).changed().get(0))) {
      roundTrips(r, Referral::toFields, Referral::fromFields);
    }
    assertThat(sent.toFields().asMap())
        .containsEntry("needs", "SHELTER,MEDICAL")
        .containsEntry("shared.needs", "SHELTER,MEDICAL")
        .containsEntry("state", "SENT")
        .containsKey("shared.caseNumber");
  }

  @Test
  void tasksPlansFollowUpsProceedingsClaimsTransfers() {
    Case c = adultCase();
    RepatriationTask task =
        RepatriationTask.open(id(), c.id(), RepatriationTaskKind.HAND_OVER, CONSUL, day(4, 1));
    roundTrips(task, RepatriationTask::toFields, RepatriationTask::fromFields);
    roundTrips(
        task.withHandOver(WORKER, "TM-L").complete("ok", T0, CONSUL),
        RepatriationTask::toFields,
        RepatriationTask::fromFields);
    PlanGoal goal =
        new PlanGoal(
            id(),
            c.id(),
            ServiceNeed.SCHOOLING,
            "",
            Optional.of("tm-school"),
            WORKER,
            Optional.empty(),
            GoalState.PLANNED,
            T0,
            WORKER);
    roundTrips(goal, PlanGoal::toFields, PlanGoal::fromFields);
    FollowUpVisit visit =
        FollowUpSchedule.DEFAULT.visits(c.id(), day(1, 31), WORKER, CaseFixtures::id).get(0);
    roundTrips(visit, FollowUpVisit::toFields, FollowUpVisit::fromFields);
    roundTrips(
        visit.record(day(3, 1), WORKER, "fine"),
        FollowUpVisit::toFields,
        FollowUpVisit::fromFields);
    roundTrips(
        Proceedings.none(c.id(), T0, WORKER), Proceedings::toFields, Proceedings::fromFields);
    roundTrips(
        Proceedings.none(c.id(), T0, WORKER)
            .withCooperation(Cooperation.COOPERATING, T0, WORKER)
            .withStatus(ProceedingsStatus.IN_COURT, day(5, 5), T0, WORKER),
        Proceedings::toFields,
        Proceedings::fromFields);
    CompensationClaim claim =
        new CompensationClaim(
            id(),
            c.id(),
            ClaimRoute.CIVIL_LAWSUIT,
            ClaimStatus.AWARDED,
            "TMT",
            9_007_199_254L,
            Optional.of(5L),
            Optional.empty(),
            Optional.of(day(1, 2)),
            Optional.of(day(6, 1)),
            "");
    roundTrips(claim, CompensationClaim::toFields, CompensationClaim::fromFields);
    Transfer t =
        Transfer.request(id(), c, Optional.empty(), Optional.of("TM-B"), "why", T0, WORKER);
    roundTrips(t, Transfer::toFields, Transfer::fromFields);
    roundTrips(t.accept(c, T0, OTHER_WORKER).transfer(), Transfer::toFields, Transfer::fromFields);
  }

  @Test
  void changesFromGiveOnlyWhatChangedAndNullForWhatWasCleared() {
    Case c = adultCase();
    Referral sent =
        ((Referrals.Sent)
                Referrals.send(
                    c, proposed(c, SHELTER), List.of(given(c, SHELTER)), List.of(), T0, WORKER))
            .referral();
    Referral accepted = sent.accept(T0.plusSeconds(1), "x");
    Map<String, Object> changes = accepted.toFields().changesFrom(sent.toFields());
    assertThat(changes)
        .containsOnlyKeys("state", "respondedAt", "respondedBy")
        .containsEntry("state", "ACCEPTED");
    Map<String, Object> cleared =
        new StageEntry(id(), c.id(), Stage.RETURN, T0, WORKER, "")
            .toFields()
            .changesFrom(new StageEntry(id(), c.id(), Stage.RETURN, T0, WORKER, "x").toFields());
    assertThat(cleared).containsEntry("note", null);
    assertThat(c.toFields().changesFrom(FieldMap.empty())).hasSize(c.toFields().asMap().size());
  }

  @Test
  void enumSetsAreWrittenInOneOrderSoEqualSetsNeverConflict() {
    Case c = adultCase();
    Referral a =
        Referral.propose(
            id(),
            c.id(),
            SHELTER,
            Set.of(ServiceNeed.HOUSING, ServiceNeed.SHELTER, ServiceNeed.LEGAL),
            Urgency.ROUTINE,
            ContactMethod.PERSON_WILL_CALL,
            "",
            T0,
            WORKER);
    assertThat(a.toFields().asMap()).containsEntry("needs", "SHELTER,LEGAL,HOUSING");
  }

  @Test
  void malformedFieldsNameTheFieldNeverTheValue() {
    FieldMap bad =
        FieldMap.of(
            Map.of("id", NAME_LIKE, "caseId", "x", "stage", "NOPE", "at", "2026", "by", "u"));
    assertThatThrownBy(() -> StageEntry.fromFields(bad))
        .isInstanceOf(FieldMapException.class)
        .hasMessageNotContaining(NAME_LIKE)
        .extracting(e -> ((FieldMapException) e).field())
        .isEqualTo("id");
    assertThatThrownBy(() -> StageEntry.fromFields(FieldMap.of(Map.of())))
        .isInstanceOf(FieldMapException.class);
    assertThatThrownBy(() -> FieldMap.of(Map.of("1bad", "x")))
        .isInstanceOf(FieldMapException.class);
    assertThatThrownBy(() -> FieldMap.of(Map.of("x", 1.5))).isInstanceOf(FieldMapException.class);
    assertThatThrownBy(() -> FieldMap.of(Map.of("n", "1")).number("n"))
        .isInstanceOf(FieldMapException.class);
  }

  @Test
  void toStringCarriesIdsAndStatesOnly() {
    Case c = adultCase();
    StageEntry entry = new StageEntry(id(), c.id(), Stage.RETURN, T0, WORKER, NAME_LIKE);
    Referral r =
        Referral.propose(
            id(),
            c.id(),
            SHELTER,
            Set.of(),
            Urgency.ROUTINE,
            ContactMethod.PHONE_AGREED_NUMBER,
            NAME_LIKE,
            T0,
            WORKER);
    Consent consent =
        new Consent(
            id(),
            c.id(),
            ConsentPurpose.REFERRAL,
            SHELTER,
            ConsentDecision.GIVEN,
            ConsentGiver.GUARDIAN,
            ConsentForm.SIGNED,
            "tk",
            T0,
            WORKER,
            NAME_LIKE,
            Optional.empty(),
            Optional.empty());
    for (Object o : List.of(entry, r, consent, entry.toFields(), ReferralPacket.of(c, r), c)) {
      assertThat(o.toString()).doesNotContain(NAME_LIKE, "+993", c.caseNumber().substring(3));
    }
  }
}
