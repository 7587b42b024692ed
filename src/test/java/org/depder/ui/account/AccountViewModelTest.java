package org.depder.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.UnlockResult;
import org.depder.app.vault.UserAccount;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.vault.BackupActions;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountViewModelTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
  private final InMemoryVaultService vault =
      new InMemoryVaultService(clock).withAdministrator("aman", "admin password 1");
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private int locks;

  private AccountViewModel viewModel() {
    UserAccount user =
        ((UnlockResult.Unlocked) vault.unlock("aman", "admin password 1".toCharArray())).user();
    SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    return new AccountViewModel(
        texts,
        vault,
        tasks,
        new BackupActions(texts, vault, tasks, dialogs, clock),
        user,
        () -> locks++);
  }

  private static void type(AccountViewModel viewModel, String current, String next) {
    viewModel.currentPasswordProperty().set(current);
    viewModel.newPasswordProperty().set(next);
    viewModel.confirmProperty().set(next);
  }

  @Test
  void saysWhoIsSignedIn() {
    AccountViewModel viewModel = viewModel();
    assertThat(viewModel.signedInAs().get())
        .isEqualTo("Signed in as Admin aman (aman). Role: Administrator of this computer.");
  }

  @Test
  void changesTheOwnPasswordAndClearsTheFields() {
    AccountViewModel viewModel = viewModel();
    type(viewModel, "admin password 1", "a new password 22");
    assertThat(viewModel.canChangePassword().get()).isTrue();
    viewModel.changePassword();
    assertThat(viewModel.message().get()).isEqualTo("Your password was changed.");
    assertThat(viewModel.currentPasswordProperty().get()).isEmpty();
    assertThat(viewModel.newPasswordProperty().get()).isEmpty();
    vault.lock();
    assertThat(vault.unlock("aman", "a new password 22".toCharArray()))
        .isInstanceOf(UnlockResult.Unlocked.class);
  }

  @Test
  void aWrongCurrentPasswordIsToldPlainly() {
    AccountViewModel viewModel = viewModel();
    type(viewModel, "not my password", "a new password 22");
    viewModel.changePassword();
    assertThat(viewModel.message().get()).isEqualTo("The current password is wrong.");
  }

  @Test
  void backsUpToTheChosenFileAndLocksOnRequest() {
    Path target = dir.resolve("depder.depder-backup");
    dialogs.choose(target);
    AccountViewModel viewModel = viewModel();
    viewModel.backup();
    assertThat(target).exists();
    assertThat(viewModel.message().get()).isEqualTo("The backup was saved.");
    viewModel.lockNow();
    assertThat(locks).isEqualTo(1);
    assertThat(Files.exists(target)).isTrue();
  }
}
