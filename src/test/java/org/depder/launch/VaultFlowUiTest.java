package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultState;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop client, headless, with the in-memory vault: first run, unlock, quick lock, user
 * management, keyboard first. The language is already chosen (English); each test starts on a fresh
 * data directory with an existing vault: an administrator "aman" and a screener "ogul".
 */
@ExtendWith(ApplicationExtension.class)
class VaultFlowUiTest {
  private static final String ADMIN_PASSWORD = "admin password 1";

  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
  private InMemoryVaultService vault;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Files.writeString(home.resolve("settings.properties"), "format.version=1\nlanguage=en\n");
    vault =
        new InMemoryVaultService(clock)
            .withAdministrator("aman", ADMIN_PASSWORD)
            .withUser("ogul", Role.SCREENER, "ogul password 1");
    new DesktopClient(
            new AppHome(home),
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            () -> Optional.of(vault),
            clock)
        .start(stage);
    stage.show();
  }

  @Test
  void theUnlockScreenIsDiscreetAndALanguageSwitchRelabelsIt(FxRobot robot) {
    assertThat(text(robot, ".title-1")).isEqualTo("Depder");
    assertThat(allTexts(robot))
        .noneMatch(t -> t.toLowerCase().matches(".*(traffick|victim|screening|exploit).*"));
    assertThat(text(robot, "#unlock-submit")).isEqualTo("Sign in");

    robot.clickOn("#unlock-language-tk");
    assertThat(text(robot, "#unlock-submit")).isEqualTo("Gir");
    assertThat(text(robot, "#unlock-restore")).isEqualTo("Ätiýaçlyk nusgadan dikelt…");
    robot.clickOn("#unlock-language-ru");
    assertThat(text(robot, "#unlock-submit")).isEqualTo("Войти");
    assertThat(stage.getTitle()).isEqualTo("Depder");
  }

  @Test
  void wrongThenRightPasswordFromTheKeyboardThenQuickLockHidesEverything(FxRobot robot) {
    assertThat(focusedId()).isEqualTo("unlock-login");
    robot.write("aman").type(KeyCode.TAB).write("wrong password").type(KeyCode.ENTER);

    assertThat(text(robot, "#unlock-message"))
        .isEqualTo("The login name or password is wrong. 9 more wrong attempts block signing in.");
    assertThat(input(robot, "#unlock-login")).isEqualTo("aman");
    assertThat(input(robot, "#unlock-password")).isEmpty();

    robot.clickOn("#unlock-password").write(ADMIN_PASSWORD).type(KeyCode.ENTER);
    assertThat(vault.state()).isEqualTo(VaultState.UNLOCKED);
    assertThat(robot.lookup("#nav-users").tryQuery()).isPresent();

    // a dialog is open when someone walks in: Ctrl+L in the dialog hides it and the main window
    robot.type(KeyCode.F1);
    Window about = robot.lookup("#about-dialog").query().getScene().getWindow();
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(about.isShowing()).isFalse();
    assertThat(vault.state()).isEqualTo(VaultState.LOCKED);
    assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
    assertThat(input(robot, "#unlock-login")).isEqualTo("aman");
    assertThat(focusedId()).isEqualTo("unlock-password");

    robot.write(ADMIN_PASSWORD).type(KeyCode.ENTER);
    assertThat(text(robot, "#nav-settings")).isEqualTo("Settings");

    robot.type(KeyCode.PAUSE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vault.state()).isEqualTo(VaultState.LOCKED);
    assertThat(vault.lockCalls()).isEqualTo(2);
  }

  @Test
  void locksItselfAfterTheIdleTimeoutWhileInputKeepsItOpen(FxRobot robot) throws Exception {
    robot.write("aman").type(KeyCode.TAB).write(ADMIN_PASSWORD).type(KeyCode.ENTER);
    assertThat(vault.state()).isEqualTo(VaultState.UNLOCKED);

    clock.advance(Duration.ofMinutes(4));
    robot.moveTo("#nav-settings"); // activity on the window resets the count
    clock.advance(Duration.ofMinutes(4));
    Thread.sleep(5_500); // one periodic check has run
    assertThat(vault.state()).isEqualTo(VaultState.UNLOCKED);

    clock.advance(Duration.ofMinutes(1));
    WaitForAsyncUtils.waitFor(
        7, TimeUnit.SECONDS, () -> robot.lookup("#unlock-password").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vault.state()).isEqualTo(VaultState.LOCKED);
  }

  @Test
  void backOffCountsDownAndThenLetsTheUserIn(FxRobot robot) throws Exception {
    for (int i = 0; i < 3; i++) {
      robot.clickOn("#unlock-login");
      if (input(robot, "#unlock-login").isEmpty()) {
        robot.write("aman");
      }
      robot.clickOn("#unlock-password").write("wrong").type(KeyCode.ENTER);
    }
    assertThat(text(robot, "#unlock-message"))
        .isEqualTo("The login name or password is wrong. 7 more wrong attempts block signing in.");
    assertThat(text(robot, "#unlock-countdown"))
        .isEqualTo("Too many wrong attempts. Try again in 30 seconds.");
    robot.clickOn("#unlock-password").write(ADMIN_PASSWORD);
    assertThat(robot.lookup("#unlock-submit").queryButton().isDisabled()).isTrue();

    clock.advance(InMemoryVaultService.BACK_OFF);
    WaitForAsyncUtils.waitFor(
        3, TimeUnit.SECONDS, () -> !robot.lookup("#unlock-submit").queryButton().isDisabled());
    robot.type(KeyCode.ENTER);
    assertThat(vault.state()).isEqualTo(VaultState.UNLOCKED);
  }

  @Test
  void anAdministratorAddsAUserAndAScreenerDoesNotSeeUserManagement(FxRobot robot) {
    robot.write("aman").type(KeyCode.TAB).write(ADMIN_PASSWORD).type(KeyCode.ENTER);
    robot.clickOn("#nav-users");
    robot.clickOn("#users-add-login").write("jeren");
    robot.clickOn("#users-add-name").write("Jeren Ataýewa");
    robot.clickOn("#users-add-password").write("jeren password 12");
    assertThat(text(robot, "#users-add-strength")).isEqualTo("Strong");
    robot.type(KeyCode.ENTER);

    assertThat(text(robot, "#users-message"))
        .isEqualTo("jeren was added. Give them the password in person.");
    TableView<?> table = robot.lookup("#users-table").queryTableView();
    assertThat(table.getItems())
        .extracting(u -> ((UserAccount) u).loginName())
        .containsExactly("aman", "ogul", "jeren");

    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    robot.clickOn("#unlock-login");
    robot.lookup("#unlock-login").queryAs(TextInputControl.class).clear();
    robot.write("ogul").type(KeyCode.TAB).write("ogul password 1").type(KeyCode.ENTER);
    assertThat(text(robot, "#nav-settings")).isEqualTo("Settings");
    assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
    assertThat(robot.lookup("#nav-account").tryQuery()).isPresent();
    robot.clickOn("#nav-locking");
    assertThat(text(robot, "#lock-settings-read-only"))
        .isEqualTo("Only an administrator of this computer can change these settings.");
  }

  private List<String> allTexts(FxRobot robot) {
    return robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
        .map(Labeled::getText)
        .filter(t -> t != null)
        .toList();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryLabeled().getText();
  }

  private static String input(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(TextInputControl.class).getText();
  }

  private String focusedId() {
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }
}
