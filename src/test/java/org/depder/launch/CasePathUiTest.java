package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseTasks;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.RevisionLog;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.UuidV7;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.TaskState;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 7's first complete path in the whole application, by keyboard alone, in every language: a
 * social worker signs in, opens the finalised screening (outcome at risk) and opens a case from it,
 * goes to Cases, proposes a referral on screen, records the person's consent, sends it, records the
 * service's acceptance and delivery, closes the referral, schedules the follow-up visits and
 * records the first, and closes the case after the confirmation. Every step is read back from the
 * vault with who did it.
 */
@ExtendWith(ApplicationExtension.class)
class CasePathUiTest {
  private static final String LOGIN = "gozel";
  private static final String PASSWORD = "Ak-bugdaý 9 ýol gözel";
  private static final Path OUT = Path.of("target", "screenshots", "cases");

  @TempDir Path home;
  private LocalVaultService vault;
  private Stage stage;
  private String worker;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Files.writeString(home.resolve("settings.properties"), "format.version=1\nlanguage=en\n");
    AppHome appHome = new AppHome(home);
    appHome.ensureExists();
    vault = TestVaults.service(appHome.vaultFile(), clock);
    vault.create(TestVaults.ADMIN, TestVaults.ADMIN_NAME, TestVaults.ADMIN_PASSWORD.toCharArray());
    worker =
        vault.addUser(LOGIN, "Gözel Annaýewa", Role.SOCIAL_WORKER, PASSWORD.toCharArray()).id();
    new VaultScreeningRepository(vault::session).save(ScreeningDrafts.full());
    vault.lock();
    new DesktopClient(
            appHome,
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            () -> Optional.of(vault),
            clock)
        .start(stage);
    stage.show();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void screeningToCaseToReferralToFollowUpsToClosure(Language language, FxRobot robot)
      throws Exception {
    KeyboardDriver keys = new KeyboardDriver(robot, stage);
    Messages m = Messages.load(language);
    String code = language.code();
    keys.tabUntil("unlock-language-" + code);
    robot.type(KeyCode.ENTER);
    keys.tabUntil("unlock-login");
    robot.write(LOGIN).type(KeyCode.TAB).write(PASSWORD);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    // the screening: its record offers "Open a case"
    keys.tabUntil("nav-screening");
    robot.type(KeyCode.ENTER);
    keys.select("screening-finalised");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    keys.press("screening-open-case");
    CaseService cases = reader();
    Case c = only(cases.cases()).value();
    assertThat(c.route()).isEqualTo(OpeningRoute.SCREENING);
    assertThat(c.screeningId()).contains(ScreeningDrafts.ID);
    assertThat(c.openedBy()).isEqualTo(worker);
    assertThat(keys.text("#record-case-message"))
        .isEqualTo(m.text("screening.record.caseOpened", c.caseNumber()));

    // back to the list (Esc), then to Cases, where the case is in the list
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    // the navigation is one toggle group: Tab reaches the open area's button, arrows the others
    keys.tabUntil("nav-screening");
    keys.arrowUntil(KeyCode.DOWN, "nav-cases");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    keys.select("cases-list");
    assertThat(keys.text("#case-heading")).contains(c.caseNumber());

    // a referral proposed on screen: the first need, the first service offered for it
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.tabUntil("referral-need-filter");
    robot.type(KeyCode.DOWN);
    keys.tabUntil("referral-service");
    robot.type(KeyCode.DOWN);
    keys.press("referral-propose");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.proposed"));
    Referral r = only(cases.referrals(c.id()));
    assertThat(r.proposedBy()).isEqualTo(worker);

    // the person is presumed a child: the guardian's consent to this referral, on the Consents tab
    keys.openTab("case-tabs", "case-tab-consents");
    assertThat(keys.text("#consent-form-rule")).isEqualTo(m.text("casesui.consentForm.ruleChild"));
    keys.choose("consent-form-purpose", ConsentPurpose.REFERRAL);
    keys.choose("consent-form-scope", r.serviceId());
    keys.choose("consent-form-decision", ConsentDecision.GIVEN);
    keys.choose("consent-form-giver", ConsentGiver.GUARDIAN);
    keys.press("consent-form-record");
    assertThat(cases.consents(c.id()))
        .singleElement()
        .satisfies(
            given -> {
              assertThat(given.givenBy()).isEqualTo(ConsentGiver.GUARDIAN);
              assertThat(given.recordedBy()).isEqualTo(worker);
            });

    // sent through the consent gate, accepted, delivered, closed (the outcome acknowledged)
    keys.openTab("case-tabs", "case-tab-referrals");
    for (String action : List.of("referral-send", "referral-accept", "referral-deliver")) {
      keys.select("case-referrals");
      keys.press(action);
    }
    assertThat(cases.referral(r.id()).state()).isEqualTo(ReferralState.SERVICE_DELIVERED);
    assertThat(cases.referral(r.id()).shared()).isPresent();
    keys.select("case-referrals");
    keys.press("referral-close");
    assertThat(cases.referral(r.id()).state()).isEqualTo(ReferralState.CLOSED);
    keys.screenshotOfStage(OUT, code + "-path-1-referral-closed");

    // follow-ups: scheduled at 1, 3, 6 and 12 months, the first recorded
    keys.openTab("case-tabs", "case-tab-followups");
    keys.press("followups-schedule");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.followup.scheduled"));
    keys.select("case-followups");
    keys.press("followup-record");
    CaseTasks work = new CaseTasks(cases);
    assertThat(work.followUps(c.id())).hasSize(4);
    assertThat(work.followUps(c.id()).get(0).state()).isEqualTo(TaskState.DONE);

    // closure, after the confirmation
    keys.openTab("case-tabs", "case-tab-overview");
    keys.press("case-close");
    keys.press("case-close-confirm");
    Case closed = cases.load(c.id()).value();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(cases.history(c.id()).get(cases.history(c.id()).size() - 1).by()).isEqualTo(worker);
    keys.screenshotOfStage(OUT, code + "-path-2-closed");
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Reads what the application wrote, through the same vault session. */
  private CaseService reader() {
    return new CaseService(
        vault::session,
        new RevisionLog(
            vault::session, new EntityProjectors(), new UuidV7(clock, new SecureRandom())),
        new VaultScreeningRepository(vault::session),
        clock,
        new SecureRandom());
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
