package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.StopReason;
import org.depder.domain.screening.Answer;
import org.depder.launch.DesktopClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real client, headless, with screenings kept in memory: whole screenings in the UI. */
@ExtendWith(ApplicationExtension.class)
class ScreeningUiTest {
  @TempDir Path home;
  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private Stage stage;

  private FxRobot robot;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new DesktopClient(
            new AppHome(home),
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            Optional.of(new ScreeningAccess(repository, () -> "screener-1")),
            Duration.ZERO)
        .start(stage);
    stage.show();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void anAdultScreeningDoneWithTheKeyboardAloneEndsAsPresumedVictim(Language language) {
    Messages m = pickLanguage(robot, language);
    tabUntil(robot, "screening-new");
    robot.type(KeyCode.ENTER);
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.context"));
    if (language == Language.EN) {
      assertThat(text(robot, "#step-title")).isEqualTo("Setting");
    }

    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.safety"));
    choose(robot, "gate-alone", "gate-alone-yes");
    choose(robot, "gate-danger", "gate-danger-no");
    choose(robot, "gate-medical", "gate-medical-no");
    assertThat(selected(robot, "#gate-alone-yes")).isTrue();
    assertThat(selected(robot, "#gate-medical-no")).isTrue();
    robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
    assertThat(text(robot, "#step-problems")).isEmpty();

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.consent"));
    choose(robot, "consent", "consent-given");
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    assertThat(focusedId()).isEqualTo("person-age");
    robot.write("34");
    robot.type(KeyCode.ENTER); // Enter in a field goes on
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.journey"));
    robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.indicators"));
    answerEveryRow(robot, ScreeningWizardViewModelTest.ADULT_PRESUMED);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.result"));
    assertThat(text(robot, "#result-outcome")).isEqualTo(m.text("screening.outcome.presumed"));
    if (language == Language.EN) {
      assertThat(text(robot, "#result-outcome"))
          .isEqualTo("Presumed victim: refer to the National Referral Mechanism now");
    }
    assertThat(text(robot, "#result-rule-set")).contains("tm-draft-2025.1");
    assertThat(selected(robot, "#judgement-presumed-victim-refer-nrm"))
        .as("the computed outcome is chosen")
        .isTrue();
    assertThat(text(robot, "#judgement-direction"))
        .isEqualTo(m.text("screening.judgement.asComputed", m.text("screening.outcome.presumed")));
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.action"));
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    ScreeningDraft stored = repository.latestOfAll().get(0);
    assertThat(stored.finalised()).isTrue();
    assertThat(stored.answers().answer("ACT01")).isEqualTo(Answer.YES);
    assertThat(stored.answers().answer("D201")).isEqualTo(Answer.NO);
    assertThat(stored.judgement()).isEmpty();
    assertThat(robot.lookup("#screening-new").tryQuery()).isPresent();
    assertThat(robot.lookup("#screening-finalised").queryListView().getItems()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aChildScreeningDoneWithTheKeyboardSuggestsChildProtection(Language language) {
    Messages m = pickLanguage(robot, language);
    tabUntil(robot, "screening-new");
    robot.type(KeyCode.ENTER);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    choose(robot, "gate-alone", "gate-alone-yes");
    choose(robot, "gate-danger", "gate-danger-no");
    choose(robot, "gate-medical", "gate-medical-no");
    choose(robot, "gate-child", "gate-child-yes");
    assertThat(robot.lookup("#child-path-badge").queryLabeled().isVisible()).isTrue();
    robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);

    assertThat(robot.lookup("#child-officer-informed").query().isVisible()).isTrue();
    tabUntil(robot, "child-officer-informed");
    robot.type(KeyCode.SPACE);
    choose(robot, "consent", "consent-given");
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    assertThat(focusedId()).isEqualTo("person-age");
    robot.write("14");
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    answerEveryRow(robot, java.util.Set.of("ACT01", "D407"));
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    assertThat(text(robot, "#result-outcome")).isEqualTo(m.text("screening.outcome.presumed"));
    if (language == Language.RU) {
      assertThat(text(robot, "#result-outcome"))
          .isEqualTo("Предполагаемая жертва: немедленно перенаправить в национальный механизм");
      assertThat(robot.lookup("#result-reasons").queryParent().getChildrenUnmodifiable())
          .anySatisfy(n -> assertThat(((Labeled) n).getText()).contains("защиты детей"));
    }
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.action"));
    assertThat(
            robot
                .lookup("#referral-child-protection")
                .queryAs(javafx.scene.control.CheckBox.class)
                .isSelected())
        .isTrue();
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    ScreeningDraft stored = repository.latestOfAll().get(0);
    assertThat(stored.finalised()).isTrue();
    assertThat(stored.childPath()).isTrue();
    assertThat(stored.childProtection().officerInformed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void notSafeToTalkStopsByKeyboardWithTheHotlineCard(Language language) {
    Messages m = pickLanguage(robot, language);
    tabUntil(robot, "screening-new");
    robot.type(KeyCode.ENTER);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    choose(robot, "gate-alone", "gate-alone-no");
    choose(robot, "gate-danger", "gate-danger-no");
    choose(robot, "gate-medical", "gate-medical-no");
    robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.stopped"));
    assertThat(text(robot, "#stop-title")).isEqualTo(m.text("screening.stop.notSafe"));
    if (language == Language.TK) {
      assertThat(text(robot, "#step-title")).isEqualTo("Deslapky barlag saklandy");
      assertThat(text(robot, "#stop-title")).isEqualTo("Adam häzir howpsuz gürläp bilmeýär");
    }
    assertThat(robot.lookup("#hotline-card").query().isVisible()).isTrue();
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    ScreeningDraft stored = repository.latestOfAll().get(0);
    assertThat(stored.finalised()).isTrue();
    assertThat(stored.stop()).contains(StopReason.NOT_SAFE_TO_TALK);
  }

  @Test
  void aFinalisedScreeningOpensReadOnlyAndIsCorrectedWithAReasonByKeyboard() {
    Messages m = pickLanguage(robot, Language.EN);
    tabUntil(robot, "screening-new");
    robot.type(KeyCode.ENTER);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    choose(robot, "gate-alone", "gate-alone-no");
    choose(robot, "gate-danger", "gate-danger-no");
    choose(robot, "gate-medical", "gate-medical-no");
    robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    tabUntil(robot, "screening-finalised");
    robot.type(KeyCode.ENTER);
    assertThat(robot.lookup("#screening-record").tryQuery()).isPresent();
    assertThat(focusedId()).isEqualTo("correction-reason");
    robot.type(KeyCode.ENTER);
    assertThat(text(robot, "#record-problem")).isEqualTo(m.text("screening.record.reasonNeeded"));
    robot.write("The person was safe to talk after all");
    robot.type(KeyCode.ENTER);

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.stopped"));
    robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.safety"));
    robot.type(KeyCode.ESCAPE);
    var id = repository.latestOfAll().get(0).id();
    assertThat(repository.revisions(id)).extracting(d -> d.revision()).containsExactly(1, 2);
    assertThat(repository.latest(id).orElseThrow().correctionReason())
        .contains("The person was safe to talk after all");
    assertThat(robot.lookup("#screening-drafts").queryListView().getItems()).hasSize(1);
  }

  @BeforeEach
  void robot(FxRobot robot) {
    this.robot = robot;
  }

  @Test
  void switchingTheLanguageMidScreeningRelabelsTheWizardAndKeepsTheAnswers(FxRobot robot) {
    robot.clickOn("#language-en");
    robot.clickOn("#screening-new");
    robot.clickOn("#interview-language-ru");
    robot.clickOn("#wizard-next");
    robot.clickOn("#gate-alone-yes");
    assertThat(text(robot, "#step-title")).isEqualTo("Safety first");

    robot.clickOn("#nav-settings").clickOn("#language-ru").clickOn("#nav-screening");

    assertThat(text(robot, "#step-title")).isEqualTo("Сначала безопасность");
    assertThat(text(robot, "#gate-alone-yes")).isEqualTo("Да");
    assertThat(
            robot
                .lookup("#gate-alone-yes")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected())
        .isTrue();

    robot.type(KeyCode.F6);
    assertThat(robot.lookup("#person-view").query().isVisible()).isTrue();
    assertThat(text(robot, "#person-text")).startsWith("Вы можете говорить здесь");
    robot.type(KeyCode.F6);
    assertThat(robot.lookup("#person-view").query().isVisible()).isFalse();

    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#screening-drafts").tryQuery()).isPresent();
    assertThat(repository.latestOfAll()).hasSize(1);
  }

  /** Chooses the UI language on the first start screen with the keyboard. */
  private Messages pickLanguage(FxRobot robot, Language language) {
    tabUntil(robot, "language-" + language.code());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    return Messages.load(language);
  }

  /** Tab through the checklist: each row once, answered with its letter key. */
  private void answerEveryRow(FxRobot robot, java.util.Set<String> yes) {
    Node first = stage.getScene().getFocusOwner();
    assertThat(first.getId()).startsWith("item-");
    for (int presses = 0; presses < 200; presses++) {
      Node focused = stage.getScene().getFocusOwner();
      String id = focused == null ? "" : String.valueOf(focused.getId());
      if (id.startsWith("wizard-") || id.startsWith("nav-")) {
        return;
      }
      if (id.startsWith("item-")) {
        String item = id.substring("item-".length());
        boolean ask = robot.lookup("#" + id).lookup(".warning").tryQuery().isEmpty();
        if (yes.contains(item)) {
          robot.type(KeyCode.Y);
        } else if (ask) {
          robot.type(KeyCode.DIGIT2);
        }
      }
      robot.type(KeyCode.TAB);
    }
  }

  private void choose(FxRobot robot, String group, String option) {
    for (int i = 0; i < 30 && !String.valueOf(focusedId()).startsWith(group + "-"); i++) {
      robot.type(KeyCode.TAB);
    }
    for (int i = 0; i < 6 && !option.equals(focusedId()); i++) {
      robot.type(KeyCode.RIGHT);
    }
    assertThat(focusedId()).isEqualTo(option);
    robot.type(KeyCode.SPACE);
  }

  private static boolean selected(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryAs(javafx.scene.control.ToggleButton.class).isSelected();
  }

  private void tabUntil(FxRobot robot, String id) {
    for (int i = 0; i < 30 && !id.equals(focusedId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  private String focusedId() {
    WaitForAsyncUtils.waitForFxEvents();
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }

  private static String text(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryLabeled().getText();
  }
}
