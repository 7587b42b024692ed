package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.depder.domain.screening.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop client over a real local vault: after unlock the Screening area is there, first, and
 * what is screened is kept in the vault under the signed-in user.
 */
@ExtendWith(ApplicationExtension.class)
class VaultScreeningUiTest {
  private static final String LOGIN = "aman";
  private static final String PASSWORD = "kitap okamak 7 derya gozel";

  @TempDir Path home;
  private LocalVaultService vault;

  @Start
  void start(Stage stage) throws Exception {
    Files.writeString(home.resolve("settings.properties"), "format.version=1\nlanguage=en\n");
    AppHome appHome = new AppHome(home);
    appHome.ensureExists();
    vault =
        TestVaults.service(
            appHome.vaultFile(), new MutableClock(Instant.parse("2026-03-19T08:00:00Z")));
    vault.create(LOGIN, "Aman Berdiyew", PASSWORD.toCharArray());
    vault.lock();
    new DesktopClient(
            appHome,
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            () -> Optional.of(vault),
            Clock.systemUTC())
        .start(stage);
    stage.show();
  }

  @Test
  void theScreeningAreaIsShownAfterUnlockAndKeepsDraftsInTheVault(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#nav-screening").tryQuery()).isEmpty();
    robot.clickOn("#unlock-login").write(LOGIN).type(KeyCode.TAB).write(PASSWORD);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#nav-screening").tryQuery()).isPresent();
    String userId = vault.currentUser().id();

    robot.clickOn("#nav-screening");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#screening-new");
    robot.clickOn("#wizard-next");
    robot.clickOn("#gate-alone-yes"); // a change: the autosave writes the draft
    WaitForAsyncUtils.waitForFxEvents();

    List<ScreeningDraft> stored = new VaultScreeningRepository(vault::session).latestOfAll();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).screenerId()).isEqualTo(userId);
    assertThat(stored.get(0).gate().aloneAndSafeToTalk()).isEqualTo(Answer.YES);

    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nav-screening").tryQuery()).isEmpty();
  }
}
