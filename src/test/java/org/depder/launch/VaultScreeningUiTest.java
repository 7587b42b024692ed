package org.depder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.people.PersonDirectory;
import org.depder.app.people.PersonIdentity;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.depder.domain.screening.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
  private Stage stage;
  private AppHome appHome;
  private String merdan;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Files.writeString(home.resolve("settings.properties"), "format.version=1\nlanguage=en\n");
    appHome = new AppHome(home);
    appHome.ensureExists();
    vault = TestVaults.service(appHome.vaultFile(), clock);
    vault.create(LOGIN, "Aman Berdiyew", PASSWORD.toCharArray());
    // someone screened before, recorded under the Turkmen spelling of the name
    PersonDirectory earlier = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    earlier.unlocked(vault.session());
    merdan =
        earlier.add(
            new PersonIdentity(
                "Ahmedow", "Merdan", Optional.empty(), OptionalInt.of(1990), Optional.empty()));
    vault.lock();
    startClient();
  }

  private void startClient() {
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

  /**
   * A draft survives a restart (a new client and a new vault session on the same vault file) and
   * reopens at the step where it was left; on the way, the person typed in Cyrillic is offered as
   * the one already recorded in Turkmen Latin, and the screening is linked to that record.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void aDraftIsResumedWhereItWasLeftAfterARestartAndThePersonIsLinkedToTheEarlierRecord(
      Language language, FxRobot robot) throws Exception {
    unlockByKeyboard(robot, language);
    Messages m = Messages.load(language);
    tabUntil(robot, "nav-screening");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    tabUntil(robot, "screening-new");
    robot.type(KeyCode.ENTER);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    choose(robot, "gate-alone", "gate-alone-yes");
    choose(robot, "gate-danger", "gate-danger-no");
    choose(robot, "gate-medical", "gate-medical-no");
    robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
    choose(robot, "consent", "consent-given");
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    assertThat(focusedId()).isEqualTo("person-age");
    robot.write("36");
    tabUntil(robot, "person-name");
    robot.write("Ахмедов Мердан");
    tabUntil(robot, "person-birth-year");
    robot.write("1990");
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.person"));
    assertThat(text(robot, "#person-match-0")).contains("Ahmedow Merdan").contains("1990");
    assertThat(focusedId()).as("the question has the focus").isEqualTo("person-match-same-0");
    robot.type(KeyCode.SPACE);
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.journey"));
    robot.type(KeyCode.ESCAPE);
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    // restart: a new vault service and a new client on the same files
    vault = TestVaults.service(appHome.vaultFile(), clock);
    robot.interact(this::startClient);
    unlockByKeyboard(robot, language);
    tabUntil(robot, "nav-screening");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    tabUntil(robot, "screening-drafts");
    robot.type(KeyCode.ENTER);

    assertThat(text(robot, "#step-title")).isEqualTo(m.text("screening.step.journey"));
    robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
    assertThat(robot.lookup("#person-age").queryTextInputControl().getText()).isEqualTo("36");
    assertThat(robot.lookup("#person-name").queryTextInputControl().getText())
        .isEqualTo("Ахмедов Мердан");
    ScreeningDraft stored = new VaultScreeningRepository(vault::session).latestOfAll().get(0);
    assertThat(stored.identification().personId()).contains(merdan);
    assertThat(stored.identification().birthYear()).hasValue(1990);
  }

  private void unlockByKeyboard(FxRobot robot, Language language) {
    tabUntil(robot, "unlock-language-" + language.code());
    robot.type(KeyCode.ENTER);
    tabUntil(robot, "unlock-login");
    robot.write(LOGIN).type(KeyCode.TAB).write(PASSWORD);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
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

  private static String text(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryLabeled().getText();
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
