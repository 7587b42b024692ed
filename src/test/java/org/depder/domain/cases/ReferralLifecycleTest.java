package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.domain.cases.CaseFixtures.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.depder.domain.cases.ReferralState.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralLifecycleTest {
  private final Case c = adultCase();
  private final Consent consent = given(c, SHELTER);

  private Referral sent() {
    var result =
        Referrals.send(
            c, proposed(c, SHELTER), List.of(consent), List.of(), T0.plusSeconds(300), WORKER);
    return ((Referrals.Sent) result).referral();
  }

  @Test
  void acceptedPathToClosure() {
    Referral r = sent();
    assertThat(r.state()).isEqualTo(ReferralState.SENT);
    assertThat(r.sentAt()).contains(T0.plusSeconds(300));
    assertThat(r.sentBy()).contains(WORKER);
    r = r.accept(T0.plusSeconds(400), "shelter duty officer");
    assertThat(r.state()).isEqualTo(ReferralState.ACCEPTED);
    assertThat(r.respondedBy()).contains("shelter duty officer");
    r = r.deliver("stayed 30 days", T0.plusSeconds(500));
    assertThat(r.state()).isEqualTo(ReferralState.SERVICE_DELIVERED);
    assertThat(r.deliveredAt()).contains(T0.plusSeconds(500));
    r = r.close(T0.plusSeconds(600));
    assertThat(r.state()).isEqualTo(ReferralState.CLOSED);
    assertThat(r.closureReason()).contains(ClosureReason.COMPLETED);
  }

  @Test
  void declinedPathCarriesTheReasonBack() {
    Referral r =
        sent().decline(DeclineReason.NO_CAPACITY, "full until May", T0.plusSeconds(400), "x");
    assertThat(r.state()).isEqualTo(ReferralState.DECLINED);
    assertThat(r.declineReason()).contains(DeclineReason.NO_CAPACITY);
    r = r.close(T0.plusSeconds(500));
    assertThat(r.closureReason()).contains(ClosureReason.DECLINED);
  }

  @Test
  void withoutConsentTheReferralIsNotSentAndStaysProposed() {
    Referral r = proposed(c, SHELTER);
    var result = Referrals.send(c, r, List.of(given(c, MEDICAL)), List.of(), T0, WORKER);
    assertThat(result).isEqualTo(new Referrals.Refused(GateRefusal.NO_CONSENT));
    assertThat(r.state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(r.shared()).isEmpty();
  }

  @Test
  void aChildsReferralGoesOnTheGuardiansConsent() {
    Case child = childCase();
    Referral r = proposed(child, SHELTER);
    assertThat(Referrals.send(child, r, List.of(given(child, SHELTER)), List.of(), T0, WORKER))
        .isEqualTo(new Referrals.Refused(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS));
    Consent guardian = consent(child, SHELTER, ConsentDecision.GIVEN, ConsentGiver.GUARDIAN, T0);
    var sent = Referrals.send(child, r, List.of(guardian), List.of(), T0, WORKER);
    assertThat(sent).isInstanceOf(Referrals.Sent.class);
    assertThat(((Referrals.Sent) sent).basis().basis())
        .isEqualTo(ConsentGate.Basis.GUARDIAN_CONSENT);
  }

  @Test
  void thePacketHoldsOnlyTheMinimumAndIsKeptAsShared() {
    var result =
        (Referrals.Sent)
            Referrals.send(c, proposed(c, SHELTER), List.of(consent), List.of(), T0, WORKER);
    ReferralPacket p = result.packet();
    assertThat(p.caseNumber()).isEqualTo(c.caseNumber());
    assertThat(p.ageBand()).isEqualTo(AgeBand.FROM_18_TO_25);
    assertThat(p.sex()).isEqualTo(Sex.FEMALE);
    assertThat(p.language()).isEqualTo("tk");
    assertThat(p.needs()).containsExactlyInAnyOrder(ServiceNeed.SHELTER, ServiceNeed.MEDICAL);
    assertThat(p.urgency()).isEqualTo(Urgency.WITHIN_THREE_DAYS);
    assertThat(result.referral().shared()).contains(p);
    // the packet type itself cannot carry anything else: no person id, no name, no answers
    assertThat(
            Arrays.stream(ReferralPacket.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName))
        .containsExactly(
            "caseNumber",
            "serviceId",
            "ageBand",
            "sex",
            "language",
            "needs",
            "urgency",
            "contactMethod",
            "contactDetail");
  }

  @Test
  void aReferralOfAnotherCaseIsRefused() {
    assertThatThrownBy(
            () ->
                Referrals.send(
                    adultCase(), proposed(c, SHELTER), List.of(consent), List.of(), T0, WORKER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cancellingOpenReferralsAndOnlyWithACancelReason() {
    assertThat(proposed(c, SHELTER).cancel(ClosureReason.CANCELLED, T0).state())
        .isEqualTo(ReferralState.CLOSED);
    assertThat(sent().accept(T0, "x").cancel(ClosureReason.CONSENT_WITHDRAWN, T0).closureReason())
        .contains(ClosureReason.CONSENT_WITHDRAWN);
    assertThatThrownBy(() -> proposed(c, SHELTER).cancel(ClosureReason.COMPLETED, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every (state, action) pair that the table does not allow throws, naming both. */
  static Stream<Arguments> illegalPairs() {
    Map<ReferralState, Set<Action>> legal = new EnumMap<>(ReferralState.class);
    legal.put(ReferralState.PROPOSED, Set.of(Action.SEND, Action.CANCEL));
    legal.put(ReferralState.SENT, Set.of(Action.ACCEPT, Action.DECLINE, Action.CANCEL));
    legal.put(ReferralState.ACCEPTED, Set.of(Action.DELIVER, Action.CANCEL));
    legal.put(ReferralState.DECLINED, Set.of(Action.CLOSE));
    legal.put(ReferralState.SERVICE_DELIVERED, Set.of(Action.CLOSE));
    legal.put(ReferralState.CLOSED, Set.of());
    List<Arguments> pairs = new ArrayList<>();
    for (ReferralState s : ReferralState.values()) {
      for (Action a : Action.values()) {
        assertThat(s.after(a).isPresent()).as(s + " " + a).isEqualTo(legal.get(s).contains(a));
        if (!legal.get(s).contains(a)) {
          pairs.add(Arguments.of(s, a));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest
  @MethodSource("illegalPairs")
  void illegalTransitionsThrow(ReferralState state, Action action) {
    Referral r = in(state);
    UnaryOperator<Referral> act =
        switch (action) {
          case SEND ->
              x ->
                  ((Referrals.Sent) Referrals.send(c, x, List.of(consent), List.of(), T0, WORKER))
                      .referral();
          case ACCEPT -> x -> x.accept(T0, "x");
          case DECLINE -> x -> x.decline(DeclineReason.OTHER, "", T0, "x");
          case DELIVER -> x -> x.deliver("", T0);
          case CLOSE -> x -> x.close(T0);
          case CANCEL -> x -> x.cancel(ClosureReason.CANCELLED, T0);
        };
    assertThatThrownBy(() -> act.apply(r))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(
            e -> {
              assertThat(((IllegalTransitionException) e).from()).isEqualTo(state.name());
              assertThat(((IllegalTransitionException) e).action()).isEqualTo(action.name());
            });
  }

  private Referral in(ReferralState state) {
    return switch (state) {
      case PROPOSED -> proposed(c, SHELTER);
      case SENT -> sent();
      case ACCEPTED -> sent().accept(T0, "x");
      case DECLINED -> sent().decline(DeclineReason.OTHER, "", T0, "x");
      case SERVICE_DELIVERED -> sent().accept(T0, "x").deliver("", T0);
      case CLOSED -> proposed(c, SHELTER).cancel(ClosureReason.CANCELLED, T0);
    };
  }

  @Test
  void replyDueFollowsUrgencyInTheLocalDay() {
    Referral r = sent();
    // 06:05 UTC is 11:05 in Ashgabat, 2 March; three days to answer
    assertThat(r.replyDue(ASHGABAT)).contains(day(3, 5));
    assertThat(proposed(c, SHELTER).replyDue(ASHGABAT)).isEmpty();
  }
}
