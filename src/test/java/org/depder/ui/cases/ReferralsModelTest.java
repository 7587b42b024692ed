package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.ui.cases.CasesArea.SHELTER;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.ClosureReason;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.Urgency;
import org.depder.ui.cases.CasesViewModel.Line;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Referrals tab's models without a screen, over a real vault: what the form refuses before the
 * service is called, the services offered for a need in the case's welaýat, cancel, the overdue
 * marker and a withdrawal's stop of sharing in the details.
 */
class ReferralsModelTest {
  private final Messages m = Messages.load(Language.EN);
  private final MutableClock clock = CasesArea.startClock();
  private CasesArea area;
  private ReferralsModel referrals;
  private Case open;

  @BeforeEach
  void setUp(@TempDir Path dir) throws Exception {
    area = CasesArea.as(dir, Role.SOCIAL_WORKER, clock, CasesArea.english());
    referrals = new ReferralsModel(area.context);
    open =
        area.cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_26_TO_40, false, Sex.MALE, "ru"),
            OpeningRoute.SOCIAL_WORKER);
    area.context.afterChange(() -> area.context.opened(open));
    area.context.opened(open);
  }

  @Test
  void theFormSaysWhatIsMissingAndWritesNothingUntilItIsComplete() throws Exception {
    ReferralProposal form = referrals.proposal();
    form.propose();
    assertThat(area.context.statusProperty().get())
        .isEqualTo(m.text("casesui.referral.error.noService"));
    form.serviceProperty().set(service(SHELTER, form));
    form.propose();
    assertThat(area.context.statusProperty().get())
        .isEqualTo(m.text("casesui.referral.error.noNeeds"));
    form.need(ServiceNeed.SHELTER).set(true);
    form.contactProperty().set(ContactMethod.PHONE_AGREED_NUMBER);
    form.contactDetailProperty().set("   ");
    form.propose();
    assertThat(area.context.statusProperty().get())
        .isEqualTo(m.text("casesui.referral.error.noNumber"));
    assertThat(area.cases.referrals(open.id())).isEmpty();

    form.contactDetailProperty().set("+99312000000");
    form.propose();
    assertThat(area.context.statusProperty().get()).isEqualTo(m.text("casesui.referral.proposed"));
    assertThat(area.cases.referrals(open.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.needs()).containsExactly(ServiceNeed.SHELTER);
              assertThat(r.urgency()).isEqualTo(Urgency.ROUTINE);
              assertThat(r.contactDetail()).isEqualTo("+99312000000");
            });
    assertThat(referrals.packetProperty().get())
        .startsWith(m.text("casesui.referral.packet.willShare"))
        .contains(open.caseNumber(), "+99312000000");
  }

  @Test
  void servicesAreThoseOfTheWelayatAndNationwideOfferingTheNeed() {
    ReferralProposal form = referrals.proposal();
    assertThat(form.services())
        .extracting(s -> s.id())
        .contains(SHELTER, "tm-social-l", "tm-hotline-turkmenabat", "tm-medical-lebap")
        .doesNotContain("tm-social-s", "tm-medical-ashgabat", "tm-embassy-tr");
    form.filterProperty().set(Optional.of(ServiceNeed.MEDICAL));
    assertThat(form.services())
        .extracting(s -> s.id())
        .containsExactly(SHELTER, "tm-medical-lebap");
    assertThat(form.need(ServiceNeed.MEDICAL).get()).isTrue();
    form.serviceProperty().set(service("tm-medical-lebap", form));
    assertThat(form.warningProperty().get())
        .startsWith("Contact details to be confirmed with the service: phone");
    assertThat(form.label(form.serviceProperty().get()))
        .isEqualTo(
            m.text(
                "casesui.referral.propose.unconfirmedItem",
                area.context.serviceName("tm-medical-lebap")));
    form.filterProperty().set(Optional.of(ServiceNeed.RETURN_ASSISTANCE));
    assertThat(form.services()).isEmpty();
    assertThat(form.serviceProperty().get()).isNull();
    assertThat(form.warningProperty().get())
        .isEqualTo(m.text("casesui.referral.propose.noServices"));
  }

  @Test
  void cancelClosesAnUnansweredReferralAndTheDetailsSaySo() throws Exception {
    Referral r = propose(Urgency.ROUTINE);
    referrals.cancel(line(r));
    assertThat(area.context.statusProperty().get())
        .isEqualTo(m.text("casesui.referral.cancelledDone"));
    Referral cancelled = area.cases.referral(r.id());
    assertThat(cancelled.state()).isEqualTo(ReferralState.CLOSED);
    assertThat(cancelled.closureReason()).contains(ClosureReason.CANCELLED);
    referrals.select(line(r));
    assertThat(referrals.detailsProperty().get())
        .contains(
            m.text(
                "casesui.referral.step.closed",
                m.date(java.time.LocalDate.of(2026, 3, 20)),
                m.text(ReferralLabels.closureReason(ClosureReason.CANCELLED))));
  }

  @Test
  void anUnansweredReferralPastItsReplyDayIsMarkedOverdue() throws Exception {
    Referral r = propose(Urgency.WITHIN_THREE_DAYS);
    referrals.select(line(r));
    referrals.recordConsentFor(line(r));
    referrals.send(line(r));
    assertThat(referrals.detailsProperty().get())
        .contains(
            m.text("casesui.referral.step.replyDue", m.date(java.time.LocalDate.of(2026, 3, 23))));
    clock.advance(Duration.ofDays(4));
    area.context.opened(open);
    assertThat(referrals.referrals())
        .extracting(Line::text)
        .containsExactly(
            m.text(
                "casesui.referral.itemOverdue",
                m.text(ReferralLabels.referralState(ReferralState.SENT)),
                area.context.serviceName(SHELTER)));
    assertThat(referrals.detailsProperty().get())
        .contains(
            m.text(
                "casesui.referral.step.replyOverdue", m.date(java.time.LocalDate.of(2026, 3, 23))));
  }

  @Test
  void declineWithoutAReasonIsRefusedAndAWithdrawalShowsSharingStopped() throws Exception {
    Referral r = propose(Urgency.ROUTINE);
    referrals.select(line(r));
    referrals.recordConsentFor(line(r));
    referrals.send(line(r));
    referrals.decline(line(r));
    assertThat(area.context.statusProperty().get())
        .isEqualTo(m.text("casesui.referral.error.noReason"));
    assertThat(area.cases.referral(r.id()).state()).isEqualTo(ReferralState.SENT);

    area.cases.withdrawConsent(area.cases.consents(open.id()).get(0).id());
    area.context.opened(open);
    assertThat(referrals.detailsProperty().get())
        .contains(
            m.text(
                "casesui.referral.step.sharingStopped",
                m.date(java.time.LocalDate.of(2026, 3, 20))),
            m.text(
                "casesui.referral.step.closed",
                m.date(java.time.LocalDate.of(2026, 3, 20)),
                m.text(ReferralLabels.closureReason(ClosureReason.CONSENT_WITHDRAWN))));
  }

  @Test
  void anotherCaseStartsFromAnEmptyForm() throws Exception {
    ReferralProposal form = referrals.proposal();
    form.need(ServiceNeed.LEGAL).set(true);
    form.contactDetailProperty().set("+99312000000");
    Case other =
        area.cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-S", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk"),
            OpeningRoute.SOCIAL_WORKER);
    area.context.opened(other);
    assertThat(form.need(ServiceNeed.LEGAL).get()).isFalse();
    assertThat(form.contactDetailProperty().get()).isEmpty();
    assertThat(form.services()).extracting(s -> s.id()).contains("tm-social-s");
  }

  private Referral propose(Urgency urgency) throws Exception {
    Referral r =
        area.cases.propose(
            open.id(),
            SHELTER,
            java.util.Set.of(ServiceNeed.SHELTER),
            urgency,
            ContactMethod.THROUGH_REFERRING_WORKER,
            "");
    area.context.opened(open);
    return r;
  }

  private Line line(Referral r) {
    return referrals.referrals().stream()
        .filter(l -> r.id().equals(l.id()))
        .findFirst()
        .orElseThrow();
  }

  private static org.depder.domain.reference.ServiceEntry service(
      String id, ReferralProposal form) {
    return form.services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
