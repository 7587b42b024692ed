package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.vault.VaultState;
import org.depder.ui.vault.InMemoryVaultService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A brand-new laptop: language, then the first account, then the main window; keyboard only. */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {
  @TempDir Path home;
  private final InMemoryVaultService vault = new InMemoryVaultService(Clock.systemUTC());
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new DesktopClient(
            new AppHome(home),
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            () -> Optional.of(vault),
            Clock.systemUTC())
        .start(stage);
    stage.show();
  }

  @Test
  void languageThenFirstAccountThenTheMainWindow(FxRobot robot) {
    robot.type(KeyCode.TAB, 2).type(KeyCode.ENTER); // English, the third language
    assertThat(text(robot, ".title-2")).isEqualTo("Create the first account");
    assertThat(text(robot, "#first-run-recovery"))
        .startsWith("Nobody can recover a forgotten password");
    assertThat(focusedId()).isEqualTo("first-run-login");

    robot.write("aman").type(KeyCode.TAB).write("Aman Berdiýew").type(KeyCode.TAB).write("short");
    assertThat(text(robot, "#first-run-strength")).isEqualTo("Too short");
    assertThat(text(robot, "#first-run-hints")).isEqualTo("The password is too short.");
    assertThat(robot.lookup("#first-run-create").queryButton().isDisabled()).isTrue();

    robot.write(" but now long 42");
    assertThat(text(robot, "#first-run-strength")).isEqualTo("Strong");
    tabUntilFocused(robot, "first-run-confirm");
    robot.write("short but now long 4");
    assertThat(text(robot, "#first-run-mismatch")).isEqualTo("The two passwords differ.");
    assertThat(robot.lookup("#first-run-create").queryButton().isDisabled()).isTrue();
    robot.write("2");
    assertThat(robot.lookup("#first-run-create").queryButton().isDisabled()).isFalse();
    robot.type(KeyCode.ENTER);

    assertThat(vault.state()).isEqualTo(VaultState.UNLOCKED);
    assertThat(text(robot, "#nav-settings")).isEqualTo("Settings");
    assertThat(text(robot, "#nav-users")).isEqualTo("Users");
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryLabeled().getText();
  }

  private String focusedId() {
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }

  private void tabUntilFocused(FxRobot robot, String id) {
    for (int i = 0; i < 10 && !id.equals(focusedId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }
}
