package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.cases.CaseProjector;
import org.depder.app.cases.CaseRecords;
import org.depder.app.cases.CaseService;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.RevisionLog;
import org.depder.app.screening.InterviewSetting;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.UuidV7;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Sex;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreenerJudgement;
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
 * A finalised screening at risk or above offers "Open a case" in its read-only record: pressed by
 * keyboard, it opens the case with the screening's facts (age band, presumption of minority, sex,
 * interview language, the welaýat of the post) and says the case number and who takes it up; a
 * second press names the same case instead of opening another. A screening below risk offers
 * nothing about a case. Over a real vault, in every language.
 */
@ExtendWith(ApplicationExtension.class)
class ScreeningOpenCaseUiTest {
  private static final Path OUT = Path.of("target", "screenshots", "cases");
  private static final UUID BELOW_RISK = UUID.fromString("0195a6d2-7c1e-7a3b-9f10-2b3c4d5e6f71");
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));
  private CaseService cases;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path dir = Files.createTempDirectory("depder-screening-case-ui");
    // a screener may open a case from their screening, though the Cases area is not theirs
    LocalVaultService vault = TestVaults.createdAs(dir.resolve("a.depder"), clock, Role.SCREENER);
    EntityProjectors projectors = new EntityProjectors();
    CaseProjector.all().forEach(projectors::register);
    RevisionLog log =
        new RevisionLog(vault::session, projectors, new UuidV7(clock, new SecureRandom()));
    VaultScreeningRepository screenings = new VaultScreeningRepository(vault::session);
    ScreeningDraft atRisk = ScreeningDrafts.full();
    InterviewSetting s = atRisk.setting();
    screenings.save(
        atRisk.withSetting(
            new InterviewSetting(
                Optional.of("TM-L-P01"),
                s.context(),
                s.interviewLanguage(),
                s.interpreter(),
                s.screenerTrainedForSensitive())));
    screenings.save(
        ScreeningDrafts.full(BELOW_RISK, 1, "Ogul")
            .withJudgement(
                Optional.of(
                    new ScreenerJudgement(
                        Outcome.NO_INDICATORS_THIS_SCREENING,
                        Outcome.NO_INDICATORS_THIS_SCREENING,
                        Optional.empty(),
                        Optional.empty()))));
    cases = new CaseService(vault::session, log, screenings, clock, new SecureRandom());
    ScreeningAreaViewModel area =
        new ScreeningAreaViewModel(
            texts,
            new SameThreadTaskRunner(),
            new RecordingDialogService(),
            new ScreeningAccess(screenings, () -> TestVaults.login(Role.SCREENER)),
            java.time.Duration.ZERO,
            Optional.empty(),
            Optional.of(cases));
    ScreeningAreaView view = new ScreeningAreaView(area);
    area.load(() -> ScreeningWorkspace.load(ReferenceDataLoader.bundled(), screenings, clock));
    stage.setScene(new Scene(view.root(), 1200, 720));
    stage.show();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void openACaseFromAScreeningAtRiskByKeyboard(Language language, FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> texts.switchTo(language)).get();
    KeyboardDriver keys = new KeyboardDriver(robot, stage);
    Messages m = Messages.load(language);

    openRecord(keys, BELOW_RISK);
    assertThat(robot.lookup("#screening-record").tryQuery()).isPresent();
    assertThat(robot.lookup("#screening-open-case").tryQuery()).isEmpty();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    openRecord(keys, ScreeningDrafts.ID);
    keys.press("screening-open-case");
    assertThat(cases.cases()).hasSize(1);
    Case c = cases.cases().get(0).value();
    assertThat(c.route()).isEqualTo(OpeningRoute.SCREENING);
    assertThat(c.screeningId()).contains(ScreeningDrafts.ID);
    assertThat(c.screeningOutcome()).contains(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(c.region()).isEqualTo("TM-L");
    assertThat(c.ageBand()).isEqualTo(AgeBand.FROM_14_TO_17);
    assertThat(c.presumedMinor()).isTrue();
    assertThat(c.sex()).isEqualTo(Sex.FEMALE);
    assertThat(c.language()).isEqualTo("ru");
    assertThat(keys.text("#record-case-message"))
        .isEqualTo(m.text("screening.record.caseOpened", c.caseNumber()));
    keys.screenshotOfStage(OUT, language.code() + "-open-3-from-screening");

    keys.press("screening-open-case");
    assertThat(cases.cases()).extracting(CaseRecords.Stored::value).containsExactly(c);
    assertThat(keys.text("#record-case-message"))
        .isEqualTo(m.text("screening.record.caseBefore", c.caseNumber()));
  }

  /** Tabs to the finalised list, walks it to {@code id} and opens it with Enter. */
  private void openRecord(KeyboardDriver keys, UUID id) {
    keys.select("screening-finalised");
    ListView<?> list = (ListView<?>) stage.getScene().lookup("#screening-finalised");
    for (int i = 0; i < list.getItems().size() && !id.equals(selected(list)); i++) {
      keys.robot().type(KeyCode.DOWN);
    }
    assertThat(selected(list)).isEqualTo(id);
    keys.robot().type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static UUID selected(ListView<?> list) {
    WaitForAsyncUtils.waitForFxEvents();
    Object item = list.getSelectionModel().getSelectedItem();
    return item == null ? null : ((ScreeningDraft) item).id();
  }
}
