package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Print information card" button on the next-steps page, headless: reached with Tab, pressed
 * with Space, and the card written through the (recording) save dialog in the interview language,
 * Turkmen here, while the screener's UI is in English.
 */
@ExtendWith(ApplicationExtension.class)
class InformationCardUiTest {
  @TempDir Path dir;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
    ScreeningWorkspace workspace =
        ScreeningWorkspace.load(
            ReferenceDataLoader.bundled(),
            new InMemoryScreeningDraftRepository(),
            ScreeningFixtures.CLOCK);
    ScreeningWizardViewModel vm =
        new ScreeningWizardViewModel(
            texts,
            workspace,
            new SameThreadTaskRunner(),
            dialogs,
            Duration.ZERO,
            () -> {},
            java.util.Optional.empty());
    vm.open(workspace.service().start("screener-1", Language.TK));
    ScreeningWizardView view = new ScreeningWizardView(vm);
    vm.stepProperty().set(WizardStep.ACTION);
    stage.setScene(new Scene(view.root(), 1024, 700));
    stage.show();
  }

  @Test
  void theCardIsPrintedByKeyboardInTheInterviewLanguage(FxRobot robot) throws Exception {
    Path card = dir.resolve("card.pdf");
    dialogs.choose(card);
    Button button = robot.lookup("#print-information-card").queryButton();
    assertThat(button.getText()).isEqualTo("Print information card…");

    tabUntil(robot, "print-information-card");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(dialogs.errors()).isEmpty();
    assertThat(card).exists();
    try (PDDocument pdf = Loader.loadPDF(card.toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Kömek we maslahat");
    }
    assertThat(robot.lookup("#information-card-status").queryLabeled().getText())
        .isEqualTo("Information card saved: card.pdf. Open it and print it at actual size (A6).");
  }

  @Test
  void aFolderThatCannotBeWrittenSaysWhatToDo(FxRobot robot) {
    dialogs.choose(dir.resolve("missing-folder").resolve("card.pdf"));
    robot.clickOn("#print-information-card");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.errors())
        .containsExactly(
            "The information card was not saved: Choose another folder, for example Documents,"
                + " and try again. The screening itself is not affected.");
    assertThat(robot.lookup("#print-information-card").queryButton().isDisabled()).isFalse();
  }

  @Test
  void cancellingTheDialogWritesNothing(FxRobot robot) throws Exception {
    robot.clickOn("#print-information-card");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.errors()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    assertThat(robot.lookup("#information-card-status").queryLabeled().isVisible()).isFalse();
  }

  private void tabUntil(FxRobot robot, String id) {
    for (int i = 0; i < 40 && !id.equals(focusedId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  private String focusedId() {
    WaitForAsyncUtils.waitForFxEvents();
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }
}
