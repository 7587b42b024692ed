package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.app.screening.VerbalConsent;
import org.depder.domain.screening.Answer;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ControlsFX decorations of the wizard, headless: they mark the control a problem is about,
 * carry the translated message, follow the problem away, and never change what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class StepValidationUiTest {
  private final LiveTexts texts = new LiveTexts(Language.TK, Messages::load);
  private ScreeningWizardViewModel wizard;
  private ScreeningWizardView view;

  @Start
  void start(Stage stage) throws Exception {
    var repository = new InMemoryScreeningDraftRepository();
    var workspace =
        ScreeningWorkspace.load(ReferenceDataLoader.bundled(), repository, ScreeningFixtures.CLOCK);
    wizard =
        new ScreeningWizardViewModel(
            texts,
            workspace,
            new SameThreadTaskRunner(),
            new RecordingDialogService(),
            Duration.ZERO,
            () -> {},
            Optional.empty());
    wizard.open(workspace.service().start("s-1", Language.TK));
    view = new ScreeningWizardView(wizard);
    stage.setScene(new Scene(view.root(), 1000, 600));
    stage.show();
  }

  @Test
  void anImpossibleAgeIsDecoratedInTheUiLanguageAndTheTypingIsKept(FxRobot robot) {
    robot.interact(
        () -> {
          wizard.next();
          wizard.safety().aloneAndSafeProperty().set(Answer.YES);
          wizard.safety().immediateDangerProperty().set(Answer.NO);
          wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
          wizard.next();
          wizard.consent().consentProperty().set(VerbalConsent.GIVEN);
          wizard.next();
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.invalidControlIds()).isEmpty();

    robot.clickOn("#person-age").write("2O");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(view.invalidControlIds()).containsExactly("person-age");
    assertThat(view.messagesOf("person-age"))
        .containsExactly(texts.messages().text("screening.problem.ageNotNumber"));
    assertThat(robot.lookup("#person-age").queryAs(TextField.class).getText()).isEqualTo("2O");
    assertThat(robot.lookup("#person-age").query().getPseudoClassStates())
        .extracting(Object::toString)
        .contains("danger");

    robot.interact(() -> wizard.person().ageTextProperty().set("200"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.messagesOf("person-age"))
        .containsExactly(texts.messages().text("screening.problem.ageImpossible"));

    robot.interact(() -> wizard.person().ageTextProperty().set("20"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.invalidControlIds()).isEmpty();
    assertThat(robot.lookup("#person-age").query().getPseudoClassStates())
        .extracting(Object::toString)
        .doesNotContain("danger");
  }

  @Test
  void loweringTheOutcomeDecoratesTheReasonAndCoordinatorUntilTheyAreGiven(FxRobot robot) {
    robot.interact(
        () -> {
          wizard.next();
          wizard.safety().aloneAndSafeProperty().set(Answer.YES);
          wizard.safety().immediateDangerProperty().set(Answer.NO);
          wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
          wizard.next();
          wizard.consent().consentProperty().set(VerbalConsent.GIVEN);
          wizard.next();
          wizard.next();
          wizard.next();
          wizard.indicators().items().stream()
              .filter(i -> !i.disclosureOnly())
              .forEach(i -> i.answerProperty().set(i.id().equals("D101") ? Answer.YES : Answer.NO));
          wizard.next();
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.RESULT);

    robot.clickOn("#judgement-risk-potential");
    robot.interact(wizard::next);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(view.invalidControlIds())
        .containsExactly("judgement-coordinator", "judgement-reason");
    assertThat(robot.lookup("#judgement-reason").query().getPseudoClassStates())
        .extracting(Object::toString)
        .contains("danger");
    robot.clickOn("#judgement-reason").write("sebäp");
    robot.clickOn("#judgement-coordinator").write("C-1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.invalidControlIds()).isEmpty();
  }

  @Test
  void aMissingGateAnswerIsDecoratedOnlyAfterTryingToGoOn(FxRobot robot) {
    robot.interact(wizard::next);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.invalidControlIds()).isEmpty();

    robot.interact(wizard::next);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(view.invalidControlIds()).containsExactly("gate-alone-yes");
  }
}
