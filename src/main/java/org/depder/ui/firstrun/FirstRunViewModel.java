package org.depder.ui.firstrun;

import java.util.function.Consumer;
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
 * First run: the first account, an administrator of this computer, creates the vault. Creating is
 * possible only with a password the vault accepts, typed the same twice.
 */
public final class FirstRunViewModel {
  private final LiveTexts texts;
  private final VaultService vault;
  private final TaskRunner tasks;
  private final BackupActions backups;
  private final Consumer<UserAccount> onCreated;
  private final Runnable onRestored;

  private final StringProperty loginName = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty confirm = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
  private final PasswordStrengthViewModel strength;

  /**
   * @param onCreated the vault exists and is unlocked for the new administrator
   * @param onRestored a backup replaced the (empty) vault: its users now sign in
   */
  public FirstRunViewModel(
      LiveTexts texts,
      VaultService vault,
      TaskRunner tasks,
      BackupActions backups,
      Consumer<UserAccount> onCreated,
      Runnable onRestored) {
    this.texts = texts;
    this.vault = vault;
    this.tasks = tasks;
    this.backups = backups;
    this.onCreated = onCreated;
    this.onRestored = onRestored;
    this.strength = new PasswordStrengthViewModel(texts, vault, password);
  }

  public StringProperty loginNameProperty() {
    return loginName;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public StringProperty passwordProperty() {
    return password;
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

  public StringBinding text(String key) {
    return texts.text(key);
  }

  public StringBinding message() {
    return Notice.text(texts, notice);
  }

  /** Shown once the confirmation has been typed and differs. */
  public StringBinding mismatch() {
    return PasswordConfirmation.mismatch(texts, password, confirm);
  }

  public BooleanBinding canCreate() {
    BooleanBinding acceptable = strength.acceptable();
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && !loginName.get().isBlank()
                && !displayName.get().isBlank()
                && acceptable.get()
                && password.get().equals(confirm.get()),
        busy,
        loginName,
        displayName,
        password,
        confirm,
        acceptable);
  }

  public void create() {
    if (!canCreate().get()) {
      return;
    }
    String login = loginName.get().strip();
    String name = displayName.get().strip();
    char[] secret = password.get().toCharArray();
    busy.set(true);
    notice.set(null);
    tasks.run(
        () -> vault.create(login, name, secret),
        user -> {
          busy.set(false);
          password.set("");
          confirm.set("");
          onCreated.accept(user);
        },
        error -> {
          busy.set(false);
          notice.set(VaultErrors.notice(error));
        });
  }

  public void restore() {
    backups.restore(busy, notice::set, onRestored);
  }
}
