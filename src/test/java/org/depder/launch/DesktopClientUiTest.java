package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real desktop client, headless, on a fresh data directory per test. */
@ExtendWith(ApplicationExtension.class)
class DesktopClientUiTest {
  @TempDir Path home;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new DesktopClient(
            new AppHome(home), new SameThreadTaskRunner(), MissingTextPolicy.FAIL, stage::hide)
        .start(stage);
    stage.show();
  }

  @Test
  void firstStartOffersThreeLanguagesAndTurkmenRelabelsTheShell(FxRobot robot) throws Exception {
    assertThat(text(robot, "#language-tk")).isEqualTo("Türkmençe");
    assertThat(text(robot, "#language-ru")).isEqualTo("Русский");
    assertThat(text(robot, "#language-en")).isEqualTo("English");

    robot.clickOn("#language-tk");

    assertThat(text(robot, "#nav-settings")).isEqualTo("Sazlamalar");
    assertThat(menuTitles(robot)).containsExactly("Faýl", "Kömek");
    assertThat(robot.lookup(".title-2").queryAs(Label.class).getText()).isEqualTo("Sazlamalar");
    assertThat(text(robot, "#theme-dark")).isEqualTo("Garaňky");
    assertThat(stage.getTitle()).isEqualTo("Depder");
    assertThat(Files.readString(home.resolve("settings.properties"))).contains("language=tk");
  }

  @Test
  void switchingToRussianInSettingsRelabelsEverythingAtOnce(FxRobot robot) {
    robot.clickOn("#language-en");
    assertThat(text(robot, "#nav-settings")).isEqualTo("Settings");

    robot.clickOn("#language-ru");

    assertThat(text(robot, "#nav-settings")).isEqualTo("Настройки");
    assertThat(menuTitles(robot)).containsExactly("Файл", "Справка");
    assertThat(text(robot, "#theme-light")).isEqualTo("Светлая");
    assertThat(text(robot, "#text-size-130")).isEqualTo("Очень крупный (130\u00a0%)");
    assertThat(robot.lookup(".title-2").queryAs(Label.class).getText()).isEqualTo("Настройки");
    assertThat(
            robot
                .lookup("#language-ru")
                .queryAs(javafx.scene.control.RadioButton.class)
                .isSelected())
        .isTrue();
  }

  @Test
  void everythingWorksFromTheKeyboard(FxRobot robot) throws Exception {
    // the first language has the focus; Tab moves to the second, Enter picks it
    assertThat(focusedId()).isEqualTo("language-tk");
    robot.type(KeyCode.TAB);
    assertThat(focusedId()).isEqualTo("language-ru");
    robot.type(KeyCode.ENTER);
    assertThat(text(robot, "#nav-settings")).isEqualTo("Настройки");

    // Tab visits each group once (its selected choice); the arrow keys move inside a group
    tabUntilFocused(robot, "theme-light");
    robot.type(KeyCode.RIGHT);
    assertThat(focusedId()).isEqualTo("theme-dark");
    robot.type(KeyCode.ENTER);
    assertThat(Files.readString(home.resolve("settings.properties"))).contains("theme=DARK");

    robot.type(KeyCode.F1);
    Window about = aboutWindow(robot);
    assertThat(about.isShowing()).isTrue();
    assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).startsWith("Версия ");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(about.isShowing()).isFalse();

    robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.isShowing()).isFalse();
  }

  @Test
  void aChosenLanguageIsRememberedAtTheNextStart(FxRobot robot) throws Exception {
    robot.clickOn("#language-ru");
    Stage second =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Stage next = new Stage();
                  new DesktopClient(
                          new AppHome(home),
                          new SameThreadTaskRunner(),
                          MissingTextPolicy.FAIL,
                          next::hide)
                      .start(next);
                  return next;
                })
            .get();
    Node nav = second.getScene().lookup("#nav-settings");
    assertThat(((Labeled) nav).getText()).isEqualTo("Настройки");
    assertThat(second.getScene().lookup("#language-tk"))
        .isNotInstanceOf(javafx.scene.control.Button.class);
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryLabeled().getText();
  }

  private static java.util.List<String> menuTitles(FxRobot robot) {
    return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
        .map(m -> m.getText())
        .toList();
  }

  private String focusedId() {
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }

  private void tabUntilFocused(FxRobot robot, String id) {
    for (int i = 0; i < 20 && !id.equals(focusedId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  private static Window aboutWindow(FxRobot robot) {
    return robot.lookup("#about-dialog").query().getScene().getWindow();
  }
}
