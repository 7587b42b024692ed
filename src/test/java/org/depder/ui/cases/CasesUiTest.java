package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.ui.cases.CasesArea.SHELTER;

import java.util.Set;
import java.util.UUID;
import javafx.stage.Stage;
import org.depder.app.cases.CaseLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.TaskState;
import org.depder.domain.cases.Urgency;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first path of issue 7 in the Cases area, over a real vault, by keyboard alone, in every
 * language: a case opened from a screening, a send refused without consent and the refusal shown in
 * words, then (consent recorded) sent, accepted, delivered, closed; follow-ups scheduled, one visit
 * recorded, the case closed. Screenshots at 1366x768 go to target/screenshots/cases/.
 */
@ExtendWith(ApplicationExtension.class)
class CasesUiTest {
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    area = CasesArea.as(Role.SOCIAL_WORKER).withFullScreening().show(stage);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void screeningToCaseToAcceptedReferralToFollowUpsToClosure(Language language, FxRobot robot)
      throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();
    Case c =
        area.cases.openFromScreening(
            ScreeningDrafts.ID,
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk"));
    Referral r =
        area.cases.propose(
            c.id(),
            SHELTER,
            Set.of(ServiceNeed.SHELTER),
            Urgency.WITHIN_THREE_DAYS,
            ContactMethod.PHONE_AGREED_NUMBER,
            "+99312000000");
    KeyboardDriver.fx(area.vm()::refresh);
    CasesArea.shot(keys, code, "1-list");

    keys.select("cases-list");
    assertThat(keys.text("#case-heading")).contains(c.caseNumber());
    assertThat(robot.lookup("#case-history").queryListView().getItems())
        .extracting(Object::toString)
        .singleElement()
        .satisfies(line -> assertThat(line).contains(TestVaults.displayName(Role.SOCIAL_WORKER)));
    assertThat(robot.lookup("#case-consents").queryListView().getItems())
        .extracting(Object::toString)
        .containsExactly(m.text("casesui.consent.none"));
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.noConsent"));
    assertThat(area.cases.referral(r.id()).state()).isEqualTo(ReferralState.PROPOSED);
    CasesArea.shot(keys, code, "2-refused-without-consent");

    keys.select("case-referrals");
    keys.press("consent-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consent.recorded"));
    String shelter =
        ReferenceDataLoader.bundled().services().byId(SHELTER).orElseThrow().name().in(code);
    assertThat(robot.lookup("#case-consents").queryListView().getItems())
        .extracting(Object::toString)
        .containsExactly(
            m.text(
                "casesui.consent.given",
                m.text(CaseLabels.consentPurpose(ConsentPurpose.REFERRAL)),
                shelter));
    for (String action : new String[] {"referral-send", "referral-accept", "referral-deliver"}) {
      keys.select("case-referrals");
      keys.press(action);
    }
    assertThat(area.cases.referral(r.id()).state()).isEqualTo(ReferralState.SERVICE_DELIVERED);
    CasesArea.shot(keys, code, "3-referral-delivered");
    keys.select("case-referrals");
    keys.press("referral-close");
    assertThat(area.cases.referral(r.id()).state()).isEqualTo(ReferralState.CLOSED);

    keys.openTab("case-tabs", "case-tab-followups");
    keys.press("followups-schedule");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.followup.scheduled"));
    keys.select("case-followups");
    keys.press("followup-record");
    assertThat(area.work.followUps(c.id()))
        .extracting(v -> v.state())
        .first()
        .isEqualTo(TaskState.DONE);
    CasesArea.shot(keys, code, "4-follow-ups");
    keys.openTab("case-tabs", "case-tab-overview");
    keys.press("case-close");
    keys.press("case-close-confirm");
    assertThat(area.cases.load(c.id()).value().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.case.closed"));
    CasesArea.shot(keys, code, "5-closed");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void withdrawingConsentOnScreenStopsTheNextSend(Language language, FxRobot robot)
      throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    Case c =
        area.cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_26_TO_40, false, Sex.MALE, "ru"),
            org.depder.domain.cases.OpeningRoute.SOCIAL_WORKER);
    Referral first = area.proposeShelter(c);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("consent-record");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(area.cases.referral(first.id()).state()).isEqualTo(ReferralState.SENT);

    keys.select("case-consents");
    keys.press("consent-withdraw");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consent.withdrawDone", 1));
    assertThat(area.cases.referral(first.id()).sharingStoppedAt()).isPresent();
    Referral second = area.proposeShelter(c);
    KeyboardDriver.fx(area.vm()::refresh);
    CasesArea.selectLine(keys, "case-referrals", second.id());
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.consentWithdrawn"));
    assertThat(area.cases.referral(second.id()).state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(area.cases.referral(second.id()).shared()).isEmpty();
    CasesArea.shot(keys, language.code(), "6-consent-withdrawn");
  }
}
