package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseRecords;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.StageEntry;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening a case directly and working its Overview by keyboard alone, in every language, over a
 * real vault: the New case form (route, welaýat, age band not known with a presumption of minority,
 * sex, language), then two stages recorded, the follow-up status set, and the case closed as
 * Closed-referred after the confirmation. Screenshots at 1366x768 go to target/screenshots/cases/.
 */
@ExtendWith(ApplicationExtension.class)
class CasesOpenUiTest {
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    // a consular officer opens a case of the consular route
    area = CasesArea.as(Role.CONSULAR_OFFICER);
    area.vm().refresh();
    area.show(stage);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aCaseOpenedDirectlyGetsTwoStagesFollowUpAndIsClosedAsReferred(
      Language language, FxRobot robot) throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();

    keys.press("cases-new");
    assertThat(robot.lookup("#newcase-form").query().isVisible()).isTrue();
    keys.press("newcase-open");
    assertThat(keys.text("#newcase-problem")).isEqualTo(m.text("casesui.newCase.languageNeeded"));
    keys.choose("newcase-route", OpeningRoute.CONSULAR_OFFICER);
    keys.choose("newcase-region", "TM-L");
    assertThat(robot.lookup("#newcase-minor").query().isDisabled()).isFalse();
    keys.choose("newcase-age", AgeBand.FROM_26_TO_40);
    assertThat(robot.lookup("#newcase-minor").query().isDisabled()).isTrue();
    keys.choose("newcase-age", AgeBand.UNKNOWN);
    keys.press("newcase-minor");
    keys.choose("newcase-sex", Sex.FEMALE);
    keys.choose("newcase-language", "ru");
    CasesArea.shot(keys, code, "open-1-new-case");
    keys.press("newcase-open");

    assertThat(area.cases.cases()).hasSize(1);
    Case c = area.cases.cases().get(0).value();
    assertThat(c.route()).isEqualTo(OpeningRoute.CONSULAR_OFFICER);
    assertThat(c.region()).isEqualTo("TM-L");
    assertThat(c.ageBand()).isEqualTo(AgeBand.UNKNOWN);
    assertThat(c.presumedMinor()).isTrue();
    assertThat(c.sex()).isEqualTo(Sex.FEMALE);
    assertThat(c.language()).isEqualTo("ru");
    assertThat(keys.text("#cases-status"))
        .isEqualTo(m.text("casesui.newCase.opened", c.caseNumber()));
    assertThat(robot.lookup("#newcase-form").query().isVisible()).isFalse();
    assertThat(keys.text("#case-heading")).contains(c.caseNumber());
    String lebap =
        ReferenceDataLoader.bundled().divisions().stream()
            .filter(d -> d.code().equals("TM-L"))
            .findFirst()
            .orElseThrow()
            .name()
            .in(code);
    assertThat(keys.text("#case-fact-region")).isEqualTo(lebap);
    assertThat(keys.text("#case-fact-route"))
        .isEqualTo(m.text(CaseLabels.route(OpeningRoute.CONSULAR_OFFICER)));
    assertThat(keys.text("#case-fact-language")).isEqualTo(m.text("screening.language.ru"));
    assertThat(keys.text("#case-fact-opened"))
        .contains(TestVaults.displayName(Role.CONSULAR_OFFICER));

    keys.type("case-stage-note", "met at the consulate");
    keys.press("case-stage-record");
    assertThat(keys.text("#cases-status"))
        .isEqualTo(
            m.text(
                "casesui.overview.stageRecorded",
                m.text(CaseLabels.stage(org.depder.domain.cases.Stage.FORMAL_IDENTIFICATION))));
    keys.press("case-stage-record");
    assertThat(area.cases.history(c.id()))
        .extracting(StageEntry::stage)
        .containsExactly(
            org.depder.domain.cases.Stage.IDENTIFICATION,
            org.depder.domain.cases.Stage.FORMAL_IDENTIFICATION,
            org.depder.domain.cases.Stage.RECOVERY_AND_REFLECTION);
    assertThat(robot.lookup("#case-history").queryListView().getItems()).hasSize(3);

    keys.press("case-followup-status");
    assertThat(area.cases.load(c.id()).value().status()).isEqualTo(CaseStatus.FOLLOW_UP);
    assertThat(keys.text("#cases-status"))
        .isEqualTo(
            m.text("casesui.overview.statusSet", m.text(CaseLabels.status(CaseStatus.FOLLOW_UP))));

    keys.choose("case-close-status", CaseStatus.CLOSED_REFERRED);
    keys.type("case-close-note", "taken on by the shelter");
    keys.press("case-close");
    assertThat(area.cases.load(c.id()).value().status()).isEqualTo(CaseStatus.FOLLOW_UP);
    assertThat(keys.focusedId()).isEqualTo("case-close-confirm");
    CasesArea.shot(keys, code, "open-2-overview");
    keys.press("case-close-confirm");
    CaseRecords.Stored<Case> closed = area.cases.load(c.id());
    assertThat(closed.value().status()).isEqualTo(CaseStatus.CLOSED_REFERRED);
    assertThat(closed.value().stage()).isEqualTo(org.depder.domain.cases.Stage.CLOSURE);
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.case.closed"));
    assertThat(robot.lookup("#case-stage-record").query().isDisabled()).isTrue();
  }
}
