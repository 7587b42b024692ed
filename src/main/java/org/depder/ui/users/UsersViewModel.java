package org.depder.ui.users;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultService;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;
import org.depder.ui.vault.Notice;
import org.depder.ui.vault.PasswordStrengthViewModel;
import org.depder.ui.vault.VaultErrors;

/**
 * User management for an administrator of this computer: the list of local users, and add, change
 * role, disable or enable, remove (after confirmation) and set a new password. Every change runs in
 * the background and reloads the list; a refusal is told in the user's language.
 */
public final class UsersViewModel {
  private final LiveTexts texts;
  private final VaultService vault;
  private final TaskRunner tasks;
  private final DialogService dialogs;

  private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
  private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<Role> selectedRole = new SimpleObjectProperty<>();
  private final StringProperty resetPassword = new SimpleStringProperty("");
  private final StringProperty loginName = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.SCREENER);
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
  private final PasswordStrengthViewModel newUserStrength;
  private final PasswordStrengthViewModel resetStrength;

  public UsersViewModel(
      LiveTexts texts, VaultService vault, TaskRunner tasks, DialogService dialogs) {
    this.texts = texts;
    this.vault = vault;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.newUserStrength = new PasswordStrengthViewModel(texts, vault, password);
    this.resetStrength = new PasswordStrengthViewModel(texts, vault, resetPassword);
    selected.addListener(
        (obs, old, user) -> {
          selectedRole.set(user == null ? null : user.role());
          resetPassword.set("");
        });
  }

  /** Reads the users in the background; the selection follows the same user by id. */
  public void load() {
    busy.set(true);
    tasks.run(vault::users, this::show, this::failed);
  }

  private void show(List<UserAccount> loaded) {
    busy.set(false);
    String selectedId = selected.get() == null ? null : selected.get().id();
    users.setAll(loaded);
    selected.set(loaded.stream().filter(u -> u.id().equals(selectedId)).findFirst().orElse(null));
  }

  private void failed(Throwable error) {
    busy.set(false);
    Messages messages = texts.messages();
    dialogs.showError(
        messages.text("vault.error.title"), messages.text(VaultErrors.reasonKey(error)));
  }

  public ObservableList<UserAccount> users() {
    return users;
  }

  public ObjectProperty<UserAccount> selectedProperty() {
    return selected;
  }

  public ObjectProperty<Role> selectedRoleProperty() {
    return selectedRole;
  }

  public StringProperty resetPasswordProperty() {
    return resetPassword;
  }

  public StringProperty loginNameProperty() {
    return loginName;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public ObjectProperty<Role> roleProperty() {
    return role;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public ObjectProperty<Notice> noticeProperty() {
    return notice;
  }

  public PasswordStrengthViewModel newUserStrength() {
    return newUserStrength;
  }

  public PasswordStrengthViewModel resetStrength() {
    return resetStrength;
  }

  public List<Role> roles() {
    return List.of(Role.values());
  }

  public StringBinding text(String key) {
    return texts.text(key);
  }

  public StringBinding message() {
    return Notice.text(texts, notice);
  }

  public String roleLabel(Role value) {
    return value == null ? "" : texts.messages().text(value.labelKey());
  }

  public String statusLabel(UserAccount user) {
    return texts.messages().text(user.disabled() ? "users.status.disabled" : "users.status.active");
  }

  /** "Disable" for an active user, "Enable" for a disabled one. */
  public StringBinding toggleDisabledLabel() {
    return Bindings.createStringBinding(
        () ->
            texts
                .messages()
                .text(
                    selected.get() != null && selected.get().disabled()
                        ? "users.enable"
                        : "users.disable"),
        selected,
        texts.messagesProperty());
  }

  public BooleanBinding noSelection() {
    return Bindings.createBooleanBinding(
        () -> busy.get() || selected.get() == null, busy, selected);
  }

  public BooleanBinding canChangeRole() {
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && selected.get() != null
                && selectedRole.get() != null
                && selectedRole.get() != selected.get().role(),
        busy,
        selected,
        selectedRole);
  }

  public BooleanBinding canResetPassword() {
    BooleanBinding acceptable = resetStrength.acceptable();
    return Bindings.createBooleanBinding(
        () -> !busy.get() && selected.get() != null && acceptable.get(),
        busy,
        selected,
        acceptable);
  }

  public BooleanBinding canAdd() {
    BooleanBinding acceptable = newUserStrength.acceptable();
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && !loginName.get().isBlank()
                && !displayName.get().isBlank()
                && role.get() != null
                && acceptable.get(),
        busy,
        loginName,
        displayName,
        role,
        acceptable);
  }

  public void add() {
    if (!canAdd().get()) {
      return;
    }
    String login = loginName.get().strip();
    String name = displayName.get().strip();
    Role chosen = role.get();
    char[] secret = password.get().toCharArray();
    change(
        () -> vault.addUser(login, name, chosen, secret),
        added -> {
          loginName.set("");
          displayName.set("");
          password.set("");
          return Notice.info("users.done.added", added.loginName());
        });
  }

  public void changeRole() {
    if (!canChangeRole().get()) {
      return;
    }
    String id = selected.get().id();
    Role chosen = selectedRole.get();
    change(() -> run(() -> vault.changeRole(id, chosen)), done -> Notice.info("users.done.saved"));
  }

  public void toggleDisabled() {
    UserAccount user = selected.get();
    if (user == null || busy.get()) {
      return;
    }
    change(
        () -> run(() -> vault.setDisabled(user.id(), !user.disabled())),
        done -> Notice.info("users.done.saved"));
  }

  public void remove() {
    UserAccount user = selected.get();
    if (user == null || busy.get()) {
      return;
    }
    Messages messages = texts.messages();
    if (!dialogs.confirm(
        messages.text("users.remove.confirmTitle"),
        messages.text("users.remove.confirmDetail", user.loginName()),
        messages.text("users.remove.confirm"))) {
      return;
    }
    change(
        () -> run(() -> vault.removeUser(user.id())),
        done -> Notice.info("users.done.removed", user.loginName()));
  }

  public void resetPassword() {
    if (!canResetPassword().get()) {
      return;
    }
    UserAccount user = selected.get();
    char[] secret = resetPassword.get().toCharArray();
    resetPassword.set("");
    change(
        () -> run(() -> vault.resetPassword(user.id(), secret)),
        done -> Notice.info("users.done.passwordReset", user.loginName()));
  }

  /** A vault call that answers nothing, as a value for {@link TaskRunner}. */
  private interface VaultCall {
    void call() throws Exception;
  }

  private static Boolean run(VaultCall call) throws Exception {
    call.call();
    return Boolean.TRUE;
  }

  /** Runs a change, then reloads the list; the outcome, good or bad, is shown inline. */
  private <T> void change(Callable<T> work, Function<T, Notice> success) {
    busy.set(true);
    notice.set(null);
    tasks.run(
        work,
        result -> {
          notice.set(success.apply(result));
          load();
        },
        error -> {
          notice.set(VaultErrors.notice(error));
          load();
        });
  }
}
