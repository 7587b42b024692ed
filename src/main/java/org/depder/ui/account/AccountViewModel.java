package org.depder.ui.account;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.TaskRunner;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultService;
import org.depder.ui.LiveTexts;
import org.depder.ui.vault.BackupActions;
import org.depder.ui.vault.Notice;
import org.depder.ui.vault.PasswordConfirmation;
import org.depder.ui.vault.PasswordStrengthViewModel;
import org.depder.ui.vault.VaultErrors;

/**
 * What every signed-in user can do for themselves: see who is signed in, change their own password,
 * back up the data, lock now.
 */
public final class AccountViewModel {
  private final LiveTexts texts;
  private final VaultService vault;
  private final TaskRunner tasks;
  private final BackupActions backups;
  private final UserAccount user;
  private final Runnable lockNow;

  private final StringProperty currentPassword = new SimpleStringProperty("");
  private final StringProperty newPassword = new SimpleStringProperty("");
  private final StringProperty confirm = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
  private final PasswordStrengthViewModel strength;

  public AccountViewModel(
      LiveTexts texts,
      VaultService vault,
      TaskRunner tasks,
      BackupActions backups,
      UserAccount user,
      Runnable lockNow) {
    this.texts = texts;
    this.vault = vault;
    this.tasks = tasks;
    this.backups = backups;
    this.user = user;
    this.lockNow = lockNow;
    this.strength = new PasswordStrengthViewModel(texts, vault, newPassword);
  }

  public StringBinding signedInAs() {
    return Bindings.createStringBinding(
        () ->
            texts
                .messages()
                .text(
                    "account.signedInAs",
                    user.displayName(),
                    user.loginName(),
                    texts.messages().text(user.role().labelKey())),
        texts.messagesProperty());
  }

  public StringProperty currentPasswordProperty() {
    return currentPassword;
  }

  public StringProperty newPasswordProperty() {
    return newPassword;
  }

  public StringProperty confirmProperty() {
    return confirm;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public ObjectProperty<Notice> noticeProperty() {
    return notice;
  }

  public PasswordStrengthViewModel strength() {
    return strength;
  }

  public StringBinding message() {
    return Notice.text(texts, notice);
  }

  public StringBinding text(String key) {
    return texts.text(key);
  }

  public StringBinding mismatch() {
    return PasswordConfirmation.mismatch(texts, newPassword, confirm);
  }

  public BooleanBinding canChangePassword() {
    BooleanBinding acceptable = strength.acceptable();
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && !currentPassword.get().isEmpty()
                && acceptable.get()
                && newPassword.get().equals(confirm.get()),
        busy,
        currentPassword,
        newPassword,
        confirm,
        acceptable);
  }

  public void changePassword() {
    if (!canChangePassword().get()) {
      return;
    }
    char[] current = currentPassword.get().toCharArray();
    char[] next = newPassword.get().toCharArray();
    // whatever the outcome, no password stays on the screen
    currentPassword.set("");
    newPassword.set("");
    confirm.set("");
    busy.set(true);
    notice.set(null);
    tasks.run(
        () -> {
          vault.changeOwnPassword(current, next);
          return Boolean.TRUE;
        },
        done -> {
          busy.set(false);
          notice.set(Notice.info("account.changePassword.done"));
        },
        error -> {
          busy.set(false);
          notice.set(VaultErrors.notice(error));
        });
  }

  public void backup() {
    backups.backup(busy, notice::set);
  }

  public void lockNow() {
    lockNow.run();
  }
}
