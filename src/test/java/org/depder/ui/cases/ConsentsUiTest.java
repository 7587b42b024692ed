package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseProjector;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseTasks;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.referral.ReferralLetterService;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.RevisionLog;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.UuidV7;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.Urgency;
import org.depder.ui.KeyboardDriver;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Consents tab by keyboard alone, in every language, over a real vault: issue 7's path "a
 * refused referral without consent" (a refusal recorded on screen keeps the referral from being
 * sent), a child's case (the guardian refuses; a best-interests decision recorded on screen lets
 * the referral go; revoked, the gate closes again), and the details of a consent, including what
 * had been shared before its withdrawal. Screenshots at 1366x768 go to target/screenshots/cases/.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentsUiTest {
  private static final Path OUT = Path.of("target", "screenshots", "cases");
  private static final String SHELTER = "tm-shelter-ngo";
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));
  private CaseService cases;
  private CasesViewModel vm;
  private Stage stage;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path dir = Files.createTempDirectory("depder-consents-ui");
    LocalVaultService vault =
        TestVaults.createdAs(dir.resolve("a.depder"), clock, Role.SOCIAL_WORKER);
    EntityProjectors projectors = new EntityProjectors();
    CaseProjector.all().forEach(projectors::register);
    RevisionLog log =
        new RevisionLog(vault::session, projectors, new UuidV7(clock, new SecureRandom()));
    VaultScreeningRepository screenings = new VaultScreeningRepository(vault::session);
    cases = new CaseService(vault::session, log, screenings, clock, new SecureRandom());
    vm =
        new CasesViewModel(
            new CaseContext(
                texts,
                new SameThreadTaskRunner(),
                cases,
                new CaseTasks(cases),
                Optional.of(new ReferralLetterService(ReferenceDataLoader.bundled())),
                clock));
    stage.setScene(
        new Scene(new CasesView(vm, texts, new RecordingDialogService()).root(), 1200, 720));
    stage.show();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aRefusalRecordedOnScreenKeepsTheReferralFromBeingSent(Language language, FxRobot robot)
      throws Exception {
    Messages m = start(language, robot);
    String code = language.code();
    Case c = open(AgeBand.FROM_18_TO_25);
    Referral r = propose(c);
    KeyboardDriver.fx(vm::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-consents");
    assertThat(keys.text("#consent-form-rule")).isEqualTo(m.text("casesui.consentForm.ruleAdult"));
    choose("consent-form-purpose", ConsentPurpose.REFERRAL);
    choose("consent-form-scope", SHELTER);
    choose("consent-form-decision", ConsentDecision.REFUSED);
    choose("consent-form-giver", ConsentGiver.PERSON);
    choose("consent-form-form", ConsentForm.ORAL_WITNESSED);
    choose("consent-form-language", "ru");
    shot(code, "consent-1-form");
    keys.press("consent-form-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consentForm.recordedRefused"));
    assertThat(robot.lookup("#case-consents").queryListView().getItems())
        .extracting(Object::toString)
        .containsExactly(
            m.text(
                "casesui.consent.refused",
                m.text(CaseLabels.consentPurpose(ConsentPurpose.REFERRAL)),
                shelter(code)));
    Consent stored = cases.consents(c.id()).get(0);
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
    assertThat(cases.referral(r.id()).state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(cases.referral(r.id()).shared()).isEmpty();
    shot(code, "consent-2-refused");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aWithdrawnReferralConsentShowsWhatHadBeenSharedBefore(Language language, FxRobot robot)
      throws Exception {
    Messages m = start(language, robot);
    Case c = open(AgeBand.FROM_26_TO_40);
    Referral r = propose(c);
    cases.recordConsent(
        new Consent(
            new UUID(0, 0),
            c.id(),
            ConsentPurpose.REFERRAL,
            SHELTER,
            ConsentDecision.GIVEN,
            ConsentGiver.PERSON,
            ConsentForm.SIGNED,
            "tk",
            clock.instant(),
            "",
            "",
            Optional.empty(),
            Optional.empty()));
    cases.send(r.id());
    KeyboardDriver.fx(vm::refresh);
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
    assertThat(cases.referral(r.id()).sharingStoppedAt()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aChildsReferralWaitsForTheGuardianOrABestInterestsDecision(Language language, FxRobot robot)
      throws Exception {
    Messages m = start(language, robot);
    String code = language.code();
    Case c = open(AgeBand.FROM_14_TO_17);
    Referral first = propose(c);
    KeyboardDriver.fx(vm::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-consents");
    assertThat(keys.text("#consent-form-rule")).isEqualTo(m.text("casesui.consentForm.ruleChild"));
    choose("consent-form-purpose", ConsentPurpose.REFERRAL);
    choose("consent-form-scope", SHELTER);
    choose("consent-form-decision", ConsentDecision.REFUSED);
    choose("consent-form-giver", ConsentGiver.GUARDIAN);
    keys.press("consent-form-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.consentForm.recordedRefused"));
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.consentRefused"));
    assertThat(cases.referral(first.id()).state()).isEqualTo(ReferralState.PROPOSED);

    keys.openTab("case-tabs", "case-tab-consents");
    choose("best-interests-purpose", ConsentPurpose.REFERRAL);
    choose("best-interests-scope", SHELTER);
    keys.press("best-interests-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.bestInterests.error.reason"));
    assertThat(cases.bestInterests(c.id())).isEmpty();
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
    shot(code, "consent-3-best-interests");

    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.sent"));
    assertThat(cases.referral(first.id()).state()).isEqualTo(ReferralState.SENT);

    keys.openTab("case-tabs", "case-tab-consents");
    keys.select("best-interests-list");
    keys.press("best-interests-revoke");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.bestInterests.revoked"));
    assertThat(cases.bestInterests(c.id())).singleElement().matches(d -> !d.inForce());
    Referral second = propose(c);
    KeyboardDriver.fx(vm::refresh);
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    for (int i = 0; i < 5 && !second.id().equals(selected(robot, "#case-referrals")); i++) {
      robot.type(KeyCode.DOWN);
    }
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.gate.consentRefused"));
    assertThat(cases.referral(second.id()).state()).isEqualTo(ReferralState.PROPOSED);
    assertThat(cases.referral(second.id()).shared()).isEmpty();
  }

  private UUID selected(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    Object item = robot.lookup(query).queryListView().getSelectionModel().getSelectedItem();
    return item == null ? null : ((CasesViewModel.Line) item).id();
  }

  private Messages start(Language language, FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> texts.switchTo(language)).get();
    keys = new KeyboardDriver(robot, stage);
    return Messages.load(language);
  }

  private Case open(AgeBand age) throws Exception {
    return cases.openDirect(
        new CaseOpening.Facts(UUID.randomUUID(), "TM-L", age, false, Sex.FEMALE, "tk"),
        OpeningRoute.SOCIAL_WORKER);
  }

  private Referral propose(Case c) throws Exception {
    return cases.propose(
        c.id(),
        SHELTER,
        Set.of(ServiceNeed.SHELTER),
        Urgency.ROUTINE,
        ContactMethod.PHONE_AGREED_NUMBER,
        "+99312000000");
  }

  private static String shelter(String code) throws Exception {
    return ReferenceDataLoader.bundled().services().byId(SHELTER).orElseThrow().name().in(code);
  }

  /** Tabs to a choice and walks it with the arrow keys to {@code value}. */
  private void choose(String id, Object value) {
    keys.tabUntil(id);
    ComboBox<?> box = (ComboBox<?>) stage.getScene().lookup("#" + id);
    int size = box.getItems().size();
    for (int i = 0; i < size && !value.equals(box.getValue()); i++) {
      keys.robot().type(KeyCode.DOWN);
      WaitForAsyncUtils.waitForFxEvents();
    }
    for (int i = 0; i < size && !value.equals(box.getValue()); i++) {
      keys.robot().type(KeyCode.UP);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(box.getValue()).isEqualTo(value);
  }

  private void shot(String code, String name) throws Exception {
    keys.screenshotOfStage(OUT, code + "-" + name);
  }
}
