package org.depder.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.remote.EnrolmentService;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.TestVaults;
import org.depder.server.DepderServer;
import org.depder.server.core.DeviceRole;
import org.depder.server.testing.LoopbackServer;
import org.depder.ui.LiveTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Enrolment by keyboard only, in every language, against the real server (SQLite, HTTPS on a random
 * loopback port) and a real vault: type the address, Enter, compare the fingerprint, tick the box
 * with Space, type the code, Enter. Screenshots of each state go to {@code
 * target/screenshots/server/} for review.
 */
@ExtendWith(ApplicationExtension.class)
class ServerConnectionUiTest {
  private static final Path OUT = Path.of("target", "screenshots", "server");

  @TempDir Path dir;
  private Stage stage;
  private DepderServer server;
  private LocalVaultService vault;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop() {
    if (vault != null) {
      vault.lock();
    }
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void anAdministratorEnrolsTheLaptopByKeyboard(Language language, FxRobot robot) throws Exception {
    server = LoopbackServer.start(dir.resolve("server"));
    vault = TestVaults.created(dir.resolve("laptop.depder"), Clock.systemUTC());
    String code =
        server
            .context()
            .admin()
            .issueCode(DeviceRole.SOCIAL_WORKER, "DZ-07", Duration.ofHours(1))
            .code();
    Messages messages = Messages.load(language);
    fx(
        () -> {
          LiveTexts texts = new LiveTexts(language, Messages::load);
          ServerConnectionView view =
              new ServerConnectionView(
                  new ServerConnectionViewModel(
                      texts,
                      new EnrolmentService(vault::session, Clock.systemUTC()),
                      new SameThreadTaskRunner()));
          view.load();
          stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1024, 700));
          stage.show();
        });
    shot(language, "01-not-enrolled");

    tabUntil(robot, "server-address");
    robot.write("127.0.0.1:" + server.tlsPort());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    GridPane groups = robot.lookup("#server-fingerprint").queryAs(GridPane.class);
    String shown =
        String.join(":", groups.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    assertThat(shown.replace(":", "").toLowerCase())
        .isEqualTo(server.context().tls().certificateSha256());
    assertThat(robot.lookup("#server-enrol").queryButton().isDisabled()).isTrue();
    shot(language, "02-compare-fingerprint");

    tabUntil(robot, "server-fingerprint-matches");
    robot.type(KeyCode.SPACE);
    tabUntil(robot, "server-code");
    robot.write(code);
    shot(language, "03-code");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#server-message").queryLabeled().getText())
        .isEqualTo(messages.text("connection.done"));
    assertThat(robot.lookup("#server-link-post").queryLabeled().getText()).isEqualTo("DZ-07");
    assertThat(robot.lookup("#server-link-role").queryLabeled().getText())
        .isEqualTo(messages.text("role.socialWorker"));
    assertThat(server.context().admin().devices()).hasSize(1);
    shot(language, "04-enrolled");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void anAddressWithoutAServerSaysWhatToDo(Language language, FxRobot robot) throws Exception {
    vault = TestVaults.created(dir.resolve("laptop.depder"), Clock.systemUTC());
    fx(
        () -> {
          ServerConnectionView view =
              new ServerConnectionView(
                  new ServerConnectionViewModel(
                      new LiveTexts(language, Messages::load),
                      new EnrolmentService(vault::session, Clock.systemUTC()),
                      new SameThreadTaskRunner()));
          view.load();
          stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1024, 700));
          stage.show();
        });
    tabUntil(robot, "server-address");
    robot.write("127.0.0.1:1");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#server-message").queryLabeled().getText())
        .isEqualTo(Messages.load(language).text("remote.problem.unreachable"));
    assertThat(robot.lookup("#server-fingerprint").queryAs(GridPane.class).getChildren()).isEmpty();
    assertThat(robot.lookup("#server-code").query().isDisabled()).isTrue();
    shot(language, "05-unreachable");
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

  private void shot(Language language, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
    Files.createDirectories(OUT);
    Path file = OUT.resolve(language.code() + "-" + name + ".png");
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot write " + file, e);
    }
    assertThat(List.of(file)).allSatisfy(f -> assertThat(f).isNotEmptyFile());
  }

  private static void fx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get();
    WaitForAsyncUtils.waitForFxEvents();
  }
}
