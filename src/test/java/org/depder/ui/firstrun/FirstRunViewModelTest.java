package org.depder.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.PasswordFeedback.Strength;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultState;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.vault.BackupActions;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
  private final InMemoryVaultService vault = new InMemoryVaultService(clock);
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final List<UserAccount> created = new ArrayList<>();
  private int restored;

  private FirstRunViewModel viewModel() {
    SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    return new FirstRunViewModel(
        texts,
        vault,
        tasks,
        new BackupActions(texts, vault, tasks, dialogs, clock),
        created::add,
        () -> restored++);
  }

  @Test
  void strengthFeedbackFollowsTheTypedPasswordInTheChosenLanguage() {
    FirstRunViewModel viewModel = viewModel();
    assertThat(viewModel.strength().strengthLabel().get()).isEmpty();
    viewModel.passwordProperty().set("abc");
    assertThat(viewModel.strength().strength().get()).isEqualTo(Strength.TOO_SHORT);
    assertThat(viewModel.strength().strengthLabel().get()).isEqualTo("Too short");
    assertThat(viewModel.strength().hints().get()).isEqualTo("The password is too short.");
    assertThat(viewModel.strength().level().get()).isEqualTo(0.25);

    viewModel.passwordProperty().set("longer password");
    assertThat(viewModel.strength().strengthLabel().get()).isEqualTo("Acceptable");
    texts.switchTo(Language.TK);
    assertThat(viewModel.strength().strengthLabel().get()).isEqualTo("Kabul ederlikli");
    assertThat(viewModel.strength().hints().get())
        .isEqualTo("Harplary sanlar ýa-da başga belgiler bilen garyşdyryň.");
  }

  @Test
  void createIsPossibleOnlyWithAnAcceptablePasswordTypedTwice() {
    FirstRunViewModel viewModel = viewModel();
    viewModel.loginNameProperty().set("aman");
    viewModel.displayNameProperty().set("Aman Berdiýew");
    viewModel.passwordProperty().set("short");
    viewModel.confirmProperty().set("short");
    assertThat(viewModel.canCreate().get()).isFalse();

    viewModel.passwordProperty().set("a good long password 7");
    viewModel.confirmProperty().set("a good long password");
    assertThat(viewModel.canCreate().get()).isFalse();
    assertThat(viewModel.mismatch().get()).isEqualTo("The two passwords differ.");

    viewModel.confirmProperty().set("a good long password 7");
    assertThat(viewModel.mismatch().get()).isEmpty();
    assertThat(viewModel.canCreate().get()).isTrue();

    viewModel.create();
    assertThat(created)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.loginName()).isEqualTo("aman");
              assertThat(u.role()).isEqualTo(Role.DEVICE_ADMINISTRATOR);
            });
    assertThat(vault.state()).isEqualTo(VaultState.UNLOCKED);
    assertThat(viewModel.passwordProperty().get()).isEmpty();
  }

  @Test
  void anInvalidBackupIsRefusedInPlainWords() throws Exception {
    Path notABackup = Files.writeString(dir.resolve("x.depder-backup"), "hello");
    dialogs.choose(notABackup);
    FirstRunViewModel viewModel = viewModel();
    viewModel.restore();
    assertThat(viewModel.message().get())
        .isEqualTo("This backup is damaged or incomplete. Nothing was changed.");
    assertThat(restored).isZero();
    assertThat(dialogs.confirmations()).as("nothing to replace before the first run").isEmpty();
  }

  @Test
  void aValidBackupIsRestoredAndTheUnlockScreenFollows() throws Exception {
    Path backup =
        Files.writeString(
            dir.resolve("b.depder-backup"),
            "in-memory-vault-backup\naman\tdevice_admin\tpw12345678\n");
    dialogs.choose(backup);
    viewModel().restore();
    assertThat(restored).isEqualTo(1);
    assertThat(vault.state()).isEqualTo(VaultState.LOCKED);
  }
}
