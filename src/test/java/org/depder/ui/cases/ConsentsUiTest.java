package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.ui.cases.CasesArea.SHELTER;

import java.util.Optional;
import java.util.UUID;
import javafx.stage.Stage;
import org.depder.app.cases.CaseLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.Sex;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Consents tab by keyboard alone, in every language, over a real vault: issue 7's path "a
 * refused referral without consent" (a refusal recorded on screen keeps the referral from being
 * sent), a child's case (the guardian refuses; a best-interests decision recorded on screen lets
 * the referral go; revoked, the gate closes again), and the details of a consent, including what
 * had been shared before its withdrawal. Screenshots at 1366x768 go to target/screenshots/cases/.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentsUiTest {
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    area = CasesArea.as(Role.SOCIAL_WORKER).show(stage);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aRefusalRecordedOnScreenKeepsTheReferralFromBeingSent(Language language, FxRobot robot)
      throws Exception {
    Messages m = start(language, robot);
    String code = language.code();
    Case c = open(AgeBand.FROM_18_TO_25);
    Referral r = area.proposeShelter(c);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-consents");
    assertThat(keys.text("#consent-form-rule")).isEqualTo(m.text("casesui.consentForm.ruleAdult"));
    keys.choose("consent-form-purpose", ConsentPurpose.REFERRAL);
    keys.choose("consent-form-scope", SHELTER);
    keys.choose("consent-form-decision", ConsentDecision.REFUSED);
    keys.choose("consent-form-giver", ConsentGiver.PERSON);
    keys.choose("consent-form-form", ConsentForm.ORAL_WITNESSED);
    keys.choose("consent-form-language", "ru");
    CasesArea.shot(keys, code, "consent-1-form");
    keys.press("consent-form-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consentForm.recordedRefused"));
    assertThat(robot.lookup("#case-consents").queryListView().getItems())
        .extracting(Object::toString)
        .containsExactly(
            m.text(
                "casesui.consent.refused",
                m.text(CaseLabels.consentPurpose(ConsentPurpose.REFERRAL)),
                shelter(code)));
    Consent stored = area.cases.consents(c.id()).get(0);
    assertThat(stored.decision()).isEqualTo(ConsentDecision.REFUSED);
    assertThat(stored.scope()).isEqualTo(SHELTER);
    assertThat(stored.language()).isEqualTo("ru");
    assertThat(stored.form()).isEqualTo(ConsentForm.ORAL_WITNESSED);

    keys.select("consent-list");
    assertThat(keys.text("#consent-details"))
        .contains(TestVaults.displayName(Role.SOCIAL_WORKER))
        .contains(m.text(CaseLabels.consentForm(ConsentForm.ORAL_WITNESSED)))
        .contains(m.text("screening.language.ru"));

    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.consentRefused"));
    assertThat(area.cases.referral(r.id()).state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(area.cases.referral(r.id()).shared()).isEmpty();
    CasesArea.shot(keys, code, "consent-2-refused");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aWithdrawnReferralConsentShowsWhatHadBeenSharedBefore(Language language, FxRobot robot)
      throws Exception {
    Messages m = start(language, robot);
    Case c = open(AgeBand.FROM_26_TO_40);
    Referral r = area.proposeShelter(c);
    area.cases.recordConsent(
        new Consent(
            new UUID(0, 0),
            c.id(),
            ConsentPurpose.REFERRAL,
            SHELTER,
            ConsentDecision.GIVEN,
            ConsentGiver.PERSON,
            ConsentForm.SIGNED,
            "tk",
            area.clock.instant(),
            "",
            "",
            Optional.empty(),
            Optional.empty()));
    area.cases.send(r.id());
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-consents");
    keys.select("case-consents");
    keys.press("consent-withdraw");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consent.withdrawDone", 1));
    String details = keys.text("#consent-details");
    assertThat(details)
        .contains(m.text("casesui.consentDetails.sharedBefore", 1))
        .contains(shelter(language.code()))
        .contains(c.caseNumber())
        .contains(TestVaults.displayName(Role.SOCIAL_WORKER));
    assertThat(area.cases.referral(r.id()).sharingStoppedAt()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aChildsReferralWaitsForTheGuardianOrABestInterestsDecision(Language language, FxRobot robot)
      throws Exception {
    Messages m = start(language, robot);
    String code = language.code();
    Case c = open(AgeBand.FROM_14_TO_17);
    Referral first = area.proposeShelter(c);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-consents");
    assertThat(keys.text("#consent-form-rule")).isEqualTo(m.text("casesui.consentForm.ruleChild"));
    keys.choose("consent-form-purpose", ConsentPurpose.REFERRAL);
    keys.choose("consent-form-scope", SHELTER);
    keys.choose("consent-form-decision", ConsentDecision.REFUSED);
    keys.choose("consent-form-giver", ConsentGiver.GUARDIAN);
    keys.press("consent-form-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consentForm.recordedRefused"));
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.consentRefused"));
    assertThat(area.cases.referral(first.id()).state()).isEqualTo(ReferralState.PROPOSED);

    keys.openTab("case-tabs", "case-tab-consents");
    keys.choose("best-interests-purpose", ConsentPurpose.REFERRAL);
    keys.choose("best-interests-scope", SHELTER);
    keys.press("best-interests-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.bestInterests.error.reason"));
    assertThat(area.cases.bestInterests(c.id())).isEmpty();
    keys.type("best-interests-reason", "Protection: the guardian cannot be reached");
    keys.press("best-interests-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.bestInterests.recorded"));
    assertThat(robot.lookup("#best-interests-list").queryListView().getItems())
        .extracting(Object::toString)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(shelter(code))
                    .contains(TestVaults.displayName(Role.SOCIAL_WORKER))
                    .doesNotContain("guardian cannot"));
    CasesArea.shot(keys, code, "consent-3-best-interests");

    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.sent"));
    assertThat(area.cases.referral(first.id()).state()).isEqualTo(ReferralState.SENT);

    keys.openTab("case-tabs", "case-tab-consents");
    keys.select("best-interests-list");
    keys.press("best-interests-revoke");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.bestInterests.revoked"));
    assertThat(area.cases.bestInterests(c.id())).singleElement().matches(d -> !d.inForce());
    Referral second = area.proposeShelter(c);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.openTab("case-tabs", "case-tab-referrals");
    CasesArea.selectLine(keys, "case-referrals", second.id());
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.consentRefused"));
    assertThat(area.cases.referral(second.id()).state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(area.cases.referral(second.id()).shared()).isEmpty();
  }

  private Messages start(Language language, FxRobot robot) throws Exception {
    keys = area.keys(language, robot);
    return Messages.load(language);
  }

  private Case open(AgeBand age) throws Exception {
    return area.cases.openDirect(
        new CaseOpening.Facts(UUID.randomUUID(), "TM-L", age, false, Sex.FEMALE, "tk"),
        OpeningRoute.SOCIAL_WORKER);
  }

  private static String shelter(String code) throws Exception {
    return ReferenceDataLoader.bundled().services().byId(SHELTER).orElseThrow().name().in(code);
  }
}
