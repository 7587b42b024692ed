package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.vault.Role;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a PNG of every screen in every language to {@code target/screenshots/}, for review
 * (Turkmen and Russian texts are longer than English) and for docs/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
  private static final Path OUT = Path.of("target", "screenshots");
  private static final double LAPTOP_WIDTH = 1280;
  private static final double LAPTOP_HEIGHT = 768;

  @TempDir Path home;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new DesktopClient(
            new AppHome(home),
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            Optional::empty,
            Clock.systemDefaultZone())
        .start(stage);
    stage.sizeToScene(); // the primary stage is reused between runs; an earlier one shrank it
    stage.show();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyScreen(Language language, FxRobot robot) throws Exception {
    String code = language.code();
    if (language == Language.TK) {
      save(stage.getScene(), "0-language-picker.png");
    }
    robot.clickOn("#language-" + code);
    save(stage.getScene(), code + "-1-settings.png");

    robot.type(KeyCode.F1);
    Scene about = robot.lookup("#about-dialog").query().getScene();
    save(about, code + "-2-about.png");
    robot.type(KeyCode.ESCAPE);

    robot.clickOn("#theme-dark");
    save(stage.getScene(), code + "-3-settings-dark.png");

    robot.clickOn("#text-size-130");
    WaitForAsyncUtils.asyncFx(
            () -> {
              stage.setWidth(WindowSize.MIN_WIDTH);
              stage.setHeight(WindowSize.MIN_HEIGHT);
            })
        .get();
    WaitForAsyncUtils.waitForFxEvents();
    save(stage.getScene(), code + "-4-largest-text-smallest-window.png");
  }

  /**
   * The vault's screens on a 1366x768 laptop screen, the smallest the program is made for: first
   * run with strength feedback, user management, locking settings with an inline error, my account,
   * and the unlock screen after wrong passwords (refusal and countdown).
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void vaultScreens(Language language, FxRobot robot) throws Exception {
    String code = language.code();
    Path dir = Files.createDirectories(home.resolve("vault-" + code));
    Files.writeString(
        dir.resolve("settings.properties"), "format.version=1\nlanguage=" + code + "\n");
    MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
    InMemoryVaultService vault = new InMemoryVaultService(clock);
    Stage window =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Stage next = new Stage();
                  new DesktopClient(
                          new AppHome(dir),
                          new SameThreadTaskRunner(),
                          MissingTextPolicy.FAIL,
                          next::hide,
                          () -> Optional.of(vault),
                          clock)
                      .start(next);
                  next.setWidth(LAPTOP_WIDTH);
                  next.setHeight(LAPTOP_HEIGHT);
                  next.show();
                  return next;
                })
            .get();
    Scene scene = window.getScene();

    fill(scene, "#first-run-login", "aman.b");
    fill(scene, "#first-run-name", "Aman Berdiýew");
    fill(scene, "#first-run-password", "aman2026");
    fill(scene, "#first-run-confirm", "aman2025");
    save(scene, code + "-5-first-run-strength.png");

    fill(scene, "#first-run-password", "a long pass phrase 2026");
    fill(scene, "#first-run-confirm", "a long pass phrase 2026");
    WaitForAsyncUtils.asyncFx(() -> ((Button) scene.lookup("#first-run-create")).fire()).get();
    vault.addUser(
        "ogul.a", "Ogulgerek Annaýewa", Role.SOCIAL_WORKER, "ogul password 1".toCharArray());
    vault.addUser(
        "serdar.k", "Serdar Kakaýew", Role.CONSULAR_OFFICER, "serdar password 1".toCharArray());

    robot.clickOn(scene.lookup("#nav-users"));
    WaitForAsyncUtils.asyncFx(
            () -> ((TableView<?>) scene.lookup("#users-table")).getSelectionModel().select(1))
        .get();
    fill(scene, "#users-add-login", "jeren.a");
    fill(scene, "#users-add-password", "jeren");
    save(scene, code + "-7-users.png");

    robot.clickOn(scene.lookup("#nav-locking"));
    fill(scene, "#lock-idle", "0");
    save(scene, code + "-8-locking.png");

    robot.clickOn(scene.lookup("#nav-account"));
    save(scene, code + "-9-account.png");

    WaitForAsyncUtils.asyncFx(
            () -> ((MenuBar) scene.lookup(".menu-bar")).getMenus().get(0).getItems().get(0).fire())
        .get();
    for (int i = 0; i < 3; i++) {
      fill(scene, "#unlock-password", "wrong");
      WaitForAsyncUtils.asyncFx(() -> ((Button) scene.lookup("#unlock-submit")).fire()).get();
    }
    save(scene, code + "-6-unlock-error.png");
    WaitForAsyncUtils.asyncFx(window::hide).get();
  }

  private static void fill(Scene scene, String id, String text) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> ((TextInputControl) scene.lookup(id)).setText(text)).get();
  }

  private static void save(Scene scene, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot write " + file, e);
    }
    assertThat(file).isNotEmptyFile();
  }
}
