package org.depder.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.LockSettings;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.vault.BackupActions;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.ManualTaskRunner;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.Test;

/** Without a Stage: properties, bindings and the in-memory vault. */
class UnlockViewModelTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
  private final InMemoryVaultService vault =
      new InMemoryVaultService(clock).withAdministrator("aman", "correct horse 1");
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final List<UserAccount> unlocked = new ArrayList<>();

  private UnlockViewModel viewModel(TaskRunner tasks) {
    RecordingDialogService dialogs = new RecordingDialogService();
    return new UnlockViewModel(
        texts,
        vault,
        tasks,
        new BackupActions(texts, vault, tasks, dialogs, clock),
        clock,
        unlocked::add,
        texts::switchTo);
  }

  private static void type(UnlockViewModel viewModel, String login, String password) {
    viewModel.loginNameProperty().set(login);
    viewModel.passwordProperty().set(password);
  }

  @Test
  void theRightPasswordUnlocks() {
    UnlockViewModel viewModel = viewModel(new SameThreadTaskRunner());
    type(viewModel, "aman", "correct horse 1");
    viewModel.unlock();
    assertThat(unlocked).extracting(UserAccount::loginName).containsExactly("aman");
    assertThat(viewModel.message().get()).isEmpty();
  }

  @Test
  void aWrongPasswordKeepsTheLoginNameClearsThePasswordAndSaysHowManyAttemptsAreLeft() {
    UnlockViewModel viewModel = viewModel(new SameThreadTaskRunner());
    type(viewModel, "aman", "wrong");
    viewModel.unlock();
    assertThat(unlocked).isEmpty();
    assertThat(viewModel.loginNameProperty().get()).isEqualTo("aman");
    assertThat(viewModel.passwordProperty().get()).isEmpty();
    assertThat(viewModel.message().get())
        .isEqualTo("The login name or password is wrong. 9 more wrong attempts block signing in.");
    assertThat(viewModel.canUnlock().get()).isFalse(); // until a password is typed again
  }

  @Test
  void backOffCountsDownLiveAndThenAcceptsTheNextAttempt() {
    UnlockViewModel viewModel = viewModel(new SameThreadTaskRunner());
    for (int i = 0; i < 3; i++) {
      type(viewModel, "aman", "wrong");
      viewModel.unlock();
    }
    assertThat(viewModel.countdown().get())
        .isEqualTo("Too many wrong attempts. Try again in 30 seconds.");
    type(viewModel, "aman", "correct horse 1");
    assertThat(viewModel.canUnlock().get()).isFalse();

    clock.advance(Duration.ofSeconds(29));
    viewModel.tick();
    assertThat(viewModel.countdown().get())
        .isEqualTo("Too many wrong attempts. Try again in 1 second.");
    texts.switchTo(Language.RU);
    assertThat(viewModel.countdown().get())
        .isEqualTo("Слишком много неверных попыток. Повторите через 1 секунду.");

    clock.advance(Duration.ofSeconds(1));
    viewModel.tick();
    assertThat(viewModel.countdown().get()).isEmpty();
    assertThat(viewModel.canUnlock().get()).isTrue();
    viewModel.unlock();
    assertThat(unlocked).hasSize(1);
  }

  @Test
  void lockOutSaysUntilWhenInLocalTime() {
    UnlockViewModel viewModel = viewModel(new SameThreadTaskRunner());
    for (int i = 0; i < LockSettings.DEFAULTS.maxFailedUnlocks(); i++) {
      clock.advance(Duration.ofMinutes(1));
      viewModel.tick();
      type(viewModel, "aman", "wrong");
      viewModel.unlock();
    }
    // 08:10 UTC plus 30 minutes of lock-out, shown in the clock's zone
    assertThat(viewModel.message().get()).contains("until 08:40 on 19 Mar 2026");
  }

  @Test
  void aDisabledAccountIsToldSo() {
    vault.withUser("ogul", Role.SCREENER, "ogul password 1");
    UnlockViewModel viewModel = viewModel(new SameThreadTaskRunner());
    unlockAs(viewModel, "aman", "correct horse 1");
    vault.lock();
    try {
      vault.unlock("aman", "correct horse 1".toCharArray());
      vault.setDisabled(
          vault.users().stream().filter(u -> u.loginName().equals("ogul")).findFirst().get().id(),
          true);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    vault.lock();
    type(viewModel, "ogul", "ogul password 1");
    viewModel.unlock();
    assertThat(viewModel.message().get())
        .isEqualTo("This account is disabled. Ask an administrator of this computer.");
  }

  private void unlockAs(UnlockViewModel viewModel, String login, String password) {
    type(viewModel, login, password);
    viewModel.unlock();
  }

  @Test
  void busyWhileTheSlowUnlockRunsInTheBackground() {
    ManualTaskRunner tasks = new ManualTaskRunner();
    UnlockViewModel viewModel = viewModel(tasks);
    type(viewModel, "aman", "correct horse 1");
    viewModel.unlock();
    assertThat(viewModel.busyProperty().get()).isTrue();
    assertThat(viewModel.canUnlock().get()).isFalse();
    assertThat(unlocked).isEmpty();

    tasks.finishAll();
    assertThat(viewModel.busyProperty().get()).isFalse();
    assertThat(unlocked).hasSize(1);
  }

  @Test
  void theMessageFollowsALanguageSwitch() {
    UnlockViewModel viewModel = viewModel(new SameThreadTaskRunner());
    type(viewModel, "aman", "wrong");
    viewModel.unlock();
    viewModel.chooseLanguage(Language.TK);
    assertThat(viewModel.message().get())
        .isEqualTo(
            "Giriş ady ýa-da parol nädogry. Ýene 9 nädogry synanyşykdan soň giriş petiklener.");
    assertThat(viewModel.text("unlock.submit").get()).isEqualTo("Gir");
  }
}
