package org.depder.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.vault.InMemoryVaultService;
import org.depder.ui.vault.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersViewModelTest {
  private final InMemoryVaultService vault =
      new InMemoryVaultService(new MutableClock(Instant.parse("2026-03-19T08:00:00Z")))
          .withAdministrator("aman", "admin password 1");
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private UsersViewModel viewModel;

  @BeforeEach
  void signInAndLoad() {
    vault.unlock("aman", "admin password 1".toCharArray());
    viewModel = new UsersViewModel(texts, vault, new SameThreadTaskRunner(), dialogs);
    viewModel.load();
  }

  private UserAccount user(String login) {
    return viewModel.users().stream()
        .filter(u -> u.loginName().equals(login))
        .findFirst()
        .orElseThrow();
  }

  private void add(String login, Role role, String password) {
    viewModel.loginNameProperty().set(login);
    viewModel.displayNameProperty().set("Name of " + login);
    viewModel.roleProperty().set(role);
    viewModel.passwordProperty().set(password);
    viewModel.add();
  }

  @Test
  void addsAUserWithAnAcceptablePasswordAndListsIt() {
    viewModel.loginNameProperty().set("ogul");
    viewModel.displayNameProperty().set("Ogul");
    viewModel.passwordProperty().set("short");
    assertThat(viewModel.canAdd().get()).isFalse();
    assertThat(viewModel.newUserStrength().strengthLabel().get()).isEqualTo("Too short");

    add("ogul", Role.SOCIAL_WORKER, "ogul password 1");

    assertThat(viewModel.users())
        .extracting(UserAccount::loginName)
        .containsExactly("aman", "ogul");
    assertThat(user("ogul").role()).isEqualTo(Role.SOCIAL_WORKER);
    assertThat(viewModel.message().get())
        .isEqualTo("ogul was added. Give them the password in person.");
    assertThat(viewModel.loginNameProperty().get()).isEmpty();
    assertThat(viewModel.roleLabel(Role.SOCIAL_WORKER)).isEqualTo("Social worker");
    assertThat(viewModel.statusLabel(user("ogul"))).isEqualTo("Active");
  }

  @Test
  void aTakenLoginNameIsRefusedInTheUsersLanguage() {
    texts.switchTo(Language.RU);
    add("aman", Role.SCREENER, "another password 1");
    assertThat(viewModel.message().get())
        .isEqualTo("Это имя для входа уже занято. Выберите другое.");
    assertThat(viewModel.noticeProperty().get().isError()).isTrue();
  }

  @Test
  void theLastAdministratorCannotBeDemotedDisabledOrRemoved() {
    viewModel.selectedProperty().set(user("aman"));
    viewModel.selectedRoleProperty().set(Role.SCREENER);
    viewModel.changeRole();
    assertThat(viewModel.message().get())
        .startsWith("This computer needs at least one administrator");
    assertThat(user("aman").role()).isEqualTo(Role.DEVICE_ADMINISTRATOR);

    dialogs.answer(true);
    viewModel.remove();
    assertThat(viewModel.users()).hasSize(1);
    assertThat(viewModel.noticeProperty().get().key()).isEqualTo("vault.error.lastAdministrator");
  }

  @Test
  void changesRoleDisablesEnablesResetsAndRemovesAfterConfirmation() {
    add("ogul", Role.SCREENER, "ogul password 1");
    viewModel.selectedProperty().set(user("ogul"));

    viewModel.selectedRoleProperty().set(Role.COORDINATOR);
    assertThat(viewModel.canChangeRole().get()).isTrue();
    viewModel.changeRole();
    assertThat(user("ogul").role()).isEqualTo(Role.COORDINATOR);
    assertThat(viewModel.selectedProperty().get().role()).isEqualTo(Role.COORDINATOR);

    assertThat(viewModel.toggleDisabledLabel().get()).isEqualTo("Disable");
    viewModel.toggleDisabled();
    assertThat(user("ogul").disabled()).isTrue();
    assertThat(viewModel.toggleDisabledLabel().get()).isEqualTo("Enable");
    viewModel.toggleDisabled();
    assertThat(user("ogul").disabled()).isFalse();

    viewModel.resetPasswordProperty().set("new ogul password 2");
    viewModel.resetPassword();
    assertThat(viewModel.message().get())
        .isEqualTo("The new password of ogul was set. Give it to them in person.");
    vault.lock();
    assertThat(vault.unlock("ogul", "new ogul password 2".toCharArray()))
        .isInstanceOf(org.depder.app.vault.UnlockResult.Unlocked.class);
    vault.lock();
    vault.unlock("aman", "admin password 1".toCharArray());

    viewModel.remove(); // cancelled: nothing queued answers yes
    assertThat(viewModel.users()).hasSize(2);
    dialogs.answer(true);
    viewModel.remove();
    assertThat(dialogs.confirmations())
        .last()
        .isEqualTo("Remove this user?: ogul will no longer be able to sign in on this computer.");
    assertThat(viewModel.users()).extracting(UserAccount::loginName).containsExactly("aman");
    assertThat(viewModel.selectedProperty().get()).isNull();
  }

  @Test
  void aNonAdministratorIsToldItIsNotAllowed() {
    add("ogul", Role.SCREENER, "ogul password 1");
    vault.lock();
    vault.unlock("ogul", "ogul password 1".toCharArray());
    viewModel.load();
    assertThat(dialogs.errors())
        .containsExactly("That did not work: Your account is not allowed to do this.");
  }
}
