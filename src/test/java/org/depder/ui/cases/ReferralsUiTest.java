package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.ui.cases.CasesArea.SHELTER;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.DeclineReason;
import org.depder.domain.cases.DueKind;
import org.depder.domain.cases.DueTasks;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.Urgency;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Referrals tab by keyboard alone, in every language, over a real vault: a referral proposed on
 * screen (need, service, needs, urgency, contact), its packet previewed, consent recorded, sent,
 * accepted, delivered with a note and closed; a second one declined for lack of places, which comes
 * back to the referring worker's due list as an outcome to review until they close it.
 */
@ExtendWith(ApplicationExtension.class)
class ReferralsUiTest {
  private static final String NUMBER = "+99312000000";
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    area = CasesArea.as(Role.SOCIAL_WORKER).show(stage);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void proposeOnScreenSendAcceptDeliverCloseThenADeclineComesBackToReview(
      Language language, FxRobot robot) throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();
    String worker = TestVaults.displayName(Role.SOCIAL_WORKER);
    Case c =
        area.cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk"),
            OpeningRoute.SOCIAL_WORKER);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-referrals");

    // the form: need "shelter" narrows the services of Lebap and the nationwide ones
    keys.tabUntil("referral-need-filter");
    robot.type(KeyCode.DOWN);
    keys.tabUntil("referral-service");
    robot.type(KeyCode.DOWN);
    String shelter =
        ReferenceDataLoader.bundled().services().byId(SHELTER).orElseThrow().name().in(code);
    assertThat(services(robot)).containsExactly(SHELTER);
    assertThat(keys.text("#referral-service-warning"))
        .startsWith(m.text("casesui.referral.propose.unconfirmed", "").substring(0, 10));
    assertThat(robot.lookup("#referral-need-shelter").queryAs(javafx.scene.control.CheckBox.class))
        .matches(javafx.scene.control.CheckBox::isSelected);
    keys.press("referral-need-psychological");
    keys.tabUntil("referral-urgency");
    robot.type(KeyCode.UP); // routine -> within three days
    keys.tabUntil("referral-contact-method");
    robot.type(KeyCode.DOWN);
    robot.type(KeyCode.DOWN); // through the worker -> accompanied -> the agreed number
    keys.type("referral-contact-detail", NUMBER);
    keys.press("referral-propose");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.proposed"));
    Referral first = only(area.cases.referrals(c.id()));
    assertThat(first.serviceId()).isEqualTo(SHELTER);
    assertThat(first.needs())
        .containsExactlyInAnyOrder(ServiceNeed.SHELTER, ServiceNeed.PSYCHOLOGICAL);
    assertThat(first.urgency()).isEqualTo(Urgency.WITHIN_THREE_DAYS);
    assertThat(first.contactMethod()).isEqualTo(ContactMethod.PHONE_AGREED_NUMBER);
    assertThat(first.contactDetail()).isEqualTo(NUMBER);
    String packet = keys.text("#referral-packet");
    assertThat(packet)
        .startsWith(m.text("casesui.referral.packet.willShare"))
        .contains(c.caseNumber(), shelter, NUMBER, m.text(ReferralLabels.need(ServiceNeed.SHELTER)))
        .contains(m.text(ReferralLabels.urgency(Urgency.WITHIN_THREE_DAYS)))
        .doesNotContain(c.personId().toString(), c.id().toString());
    assertThat(keys.text("#referral-details")).contains(shelter, worker);
    CasesArea.shot(keys, code, "referral-1-propose");

    keys.select("case-referrals");
    keys.press("consent-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consent.recorded"));
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.sent"));
    assertThat(keys.text("#referral-details"))
        .contains(
            m.text("casesui.referral.step.replyDue", m.date(java.time.LocalDate.of(2026, 3, 23))));
    keys.select("case-referrals");
    keys.press("referral-accept");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.acceptedDone"));
    keys.select("case-referrals");
    keys.type("referral-outcome-note", "Room given for three months");
    keys.press("referral-deliver");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.deliveredDone"));
    Referral delivered = area.cases.referral(first.id());
    assertThat(delivered.state()).isEqualTo(ReferralState.SERVICE_DELIVERED);
    assertThat(delivered.outcomeNote()).isEqualTo("Room given for three months");
    String today = m.date(java.time.LocalDate.of(2026, 3, 20));
    assertThat(keys.text("#referral-details"))
        .contains(
            m.text("casesui.referral.step.sent", today, worker),
            m.text("casesui.referral.step.accepted", today, worker),
            m.text("casesui.referral.step.delivered", today),
            m.text("casesui.referral.outcomeToReview"));
    assertThat(keys.text("#referral-packet"))
        .startsWith(m.text("casesui.referral.packet.shared", today));
    assertThat(outcomesToReview()).containsExactly(first.id());
    keys.select("case-referrals"); // the focus on the list scrolls the tab back to it
    CasesArea.shot(keys, code, "referral-2-details");
    keys.select("case-referrals");
    keys.press("referral-close");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.closedDone"));
    assertThat(area.cases.referral(first.id()).state()).isEqualTo(ReferralState.CLOSED);
    assertThat(outcomesToReview()).isEmpty();

    // a second referral, same form: declined for lack of places, back to the worker to review
    keys.press("referral-propose");
    Referral second =
        area.cases.referrals(c.id()).stream()
            .filter(r -> !r.id().equals(first.id()))
            .findFirst()
            .orElseThrow();
    CasesArea.selectLine(keys, "case-referrals", second.id());
    keys.press("referral-send");
    assertThat(area.cases.referral(second.id()).state()).isEqualTo(ReferralState.SENT);
    CasesArea.selectLine(keys, "case-referrals", second.id());
    keys.tabUntil("referral-decline-reason");
    robot.type(KeyCode.DOWN);
    keys.type("referral-outcome-note", "No free places until April");
    keys.press("referral-decline");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.declinedDone"));
    Referral declined = area.cases.referral(second.id());
    assertThat(declined.state()).isEqualTo(ReferralState.DECLINED);
    assertThat(declined.declineReason()).contains(DeclineReason.NO_CAPACITY);
    assertThat(keys.text("#referral-details"))
        .contains(
            m.text(
                "casesui.referral.step.declined",
                today,
                worker,
                m.text(ReferralLabels.declineReason(DeclineReason.NO_CAPACITY))),
            m.text("casesui.referral.outcomeToReview"));
    assertThat(outcomesToReview()).containsExactly(second.id());
    String review = m.text(CaseLabels.dueKind(DueKind.REFERRAL_OUTCOME_TO_REVIEW));
    assertThat(keys.lines("#cases-due")).anyMatch(line -> line.contains(review));
    assertThat(keys.lines("#case-referrals"))
        .contains(
            m.text(
                "casesui.referral.itemToReview",
                m.text(ReferralLabels.referralState(ReferralState.DECLINED)),
                shelter));
    CasesArea.selectLine(keys, "case-referrals", second.id());
    CasesArea.shot(keys, code, "referral-3-declined");

    CasesArea.selectLine(keys, "case-referrals", second.id());
    keys.press("referral-close");
    assertThat(area.cases.referral(second.id()).state()).isEqualTo(ReferralState.CLOSED);
    assertThat(outcomesToReview()).isEmpty();
    assertThat(keys.lines("#cases-due")).noneMatch(line -> line.contains(review));
  }

  private List<UUID> outcomesToReview() throws Exception {
    return area.context.work().dueForMe(Set.of()).stream()
        .filter(i -> i.kind() == DueKind.REFERRAL_OUTCOME_TO_REVIEW)
        .map(DueTasks.DueItem::entityId)
        .toList();
  }

  private static Referral only(List<Referral> referrals) {
    assertThat(referrals).hasSize(1);
    return referrals.get(0);
  }

  private List<String> services(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#referral-service").queryComboBox().getItems().stream()
        .map(s -> ((org.depder.domain.reference.ServiceEntry) s).id())
        .toList();
  }
}
