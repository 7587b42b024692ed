package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages.MissingTextPolicy;
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

  @TempDir Path home;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new DesktopClient(
            new AppHome(home), new SameThreadTaskRunner(), MissingTextPolicy.FAIL, stage::hide)
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
