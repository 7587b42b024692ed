package org.depder.launch;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.settings.SettingsService;
import org.depder.app.vault.LockSettings;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultService;
import org.depder.app.vault.VaultState;
import org.depder.ui.AppearanceApplier;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;
import org.depder.ui.account.AccountView;
import org.depder.ui.account.AccountViewModel;
import org.depder.ui.firstrun.FirstRunView;
import org.depder.ui.firstrun.FirstRunViewModel;
import org.depder.ui.lock.IdleTimer;
import org.depder.ui.lock.LockSettingsView;
import org.depder.ui.lock.LockSettingsViewModel;
import org.depder.ui.lock.LockTriggers;
import org.depder.ui.shell.Area;
import org.depder.ui.shell.AreaRegistry;
import org.depder.ui.unlock.UnlockView;
import org.depder.ui.unlock.UnlockViewModel;
import org.depder.ui.users.UsersView;
import org.depder.ui.users.UsersViewModel;
import org.depder.ui.vault.BackupActions;

/**
 * The part of the composition root that follows the vault: first run, unlock, the main window of
 * the signed-in user (with the areas their role allows), and locking — after idle time, or at once
 * with Ctrl+L or Pause, which puts the unlock screen in the window before anything else happens.
 */
final class VaultSession {
  private final VaultService vault;
  private final LiveTexts texts;
  private final SettingsService settings;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final AppearanceApplier appearance;
  private final Clock clock;
  private final Stage stage;
  private final BiFunction<AreaRegistry, Optional<Runnable>, Parent> mainWindow;
  private final Function<UserAccount, Optional<ScreeningAccess>> screeningsFor;
  private final Function<ScreeningAccess, Parent> screeningArea;
  private final Function<UserAccount, List<Area>> moreAreas;
  private final BackupActions backups;
  private final IdleTimer idle;

  private UserAccount signedIn;

  VaultSession(
      VaultService vault,
      LiveTexts texts,
      SettingsService settings,
      TaskRunner tasks,
      DialogService dialogs,
      AppearanceApplier appearance,
      Clock clock,
      Stage stage,
      BiFunction<AreaRegistry, Optional<Runnable>, Parent> mainWindow,
      Function<UserAccount, Optional<ScreeningAccess>> screeningsFor,
      Function<ScreeningAccess, Parent> screeningArea,
      Function<UserAccount, List<Area>> moreAreas) {
    this.vault = vault;
    this.texts = texts;
    this.settings = settings;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.appearance = appearance;
    this.clock = clock;
    this.stage = stage;
    this.mainWindow = mainWindow;
    this.screeningsFor = screeningsFor;
    this.screeningArea = screeningArea;
    this.moreAreas = moreAreas;
    this.backups = new BackupActions(texts, vault, tasks, dialogs, clock);
    this.idle = new IdleTimer(clock, this::lockNow);
    new LockTriggers(idle, this::lockNow).install();
  }

  /**
   * First run or unlock. A vault found unlocked at start (impossible for a fresh process, but cheap
   * to rule out) is locked first: nobody gets in without a password.
   */
  Parent entryScreen() {
    VaultState state = vault.state();
    if (state == VaultState.NONE) {
      return firstRun();
    }
    if (state == VaultState.UNLOCKED) {
      vault.lock();
    }
    return unlockScreen("");
  }

  private Parent firstRun() {
    FirstRunView view =
        new FirstRunView(
            new FirstRunViewModel(
                texts, vault, tasks, backups, this::unlocked, () -> show(unlockScreen(""))));
    appearance.followTextSize(view.root());
    focusWhenShown(view.root(), view::focusFirstField);
    return view.root();
  }

  private Parent unlockScreen(String loginName) {
    UnlockViewModel viewModel =
        new UnlockViewModel(
            texts, vault, tasks, backups, clock, this::unlocked, this::chooseLanguage);
    viewModel.loginNameProperty().set(loginName);
    UnlockView view = new UnlockView(viewModel);
    appearance.followTextSize(view.root());
    focusWhenShown(view.root(), view::focusFirstField);
    return view.root();
  }

  private void unlocked(UserAccount user) {
    signedIn = user;
    show(mainWindow.apply(areasFor(user), Optional.of(this::lockNow)));
    idle.arm(LockSettings.DEFAULTS.idleTimeout());
    // the stored timeout replaces the default as soon as it is read; if it cannot be read, the
    // default (5 minutes) still protects the data
    tasks.run(vault::lockSettings, s -> idle.changeTimeout(s.idleTimeout()), error -> {});
  }

  /**
   * Screening (when the vault can keep screenings; the signed-in user screens), My account and
   * Locking for everyone; Users only for an administrator of this computer. The screening store is
   * built here, after unlock, so nothing of it loads before the first frame.
   */
  private AreaRegistry areasFor(UserAccount user) {
    boolean administrator = user.role() == Role.DEVICE_ADMINISTRATOR;
    AreaRegistry areas = new AreaRegistry();
    screeningsFor
        .apply(user)
        .ifPresent(
            access ->
                areas.register(
                    new Area(
                        DesktopClient.SCREENING_AREA,
                        "shell.nav.screening",
                        () -> screeningArea.apply(access))));
    areas
        .register(
            new Area(
                "account",
                "shell.nav.account",
                () ->
                    new AccountView(
                            new AccountViewModel(texts, vault, tasks, backups, user, this::lockNow))
                        .root()))
        .register(
            new Area(
                "locking",
                "shell.nav.locking",
                () -> {
                  LockSettingsViewModel viewModel =
                      new LockSettingsViewModel(
                          texts,
                          vault,
                          tasks,
                          administrator,
                          s -> idle.changeTimeout(s.idleTimeout()));
                  viewModel.load();
                  return new LockSettingsView(viewModel).root();
                }));
    if (administrator) {
      areas.register(
          new Area(
              "users",
              "shell.nav.users",
              () -> new UsersView(new UsersViewModel(texts, vault, tasks, dialogs)).load().root()));
    }
    moreAreas.apply(user).forEach(areas::register);
    return areas;
  }

  /**
   * Hides everything at once: the unlock screen replaces the window's content first, then every
   * other window (dialogs, menus) closes, then the keys are dropped. {@code lock()} only forgets
   * keys held in memory, so it runs here rather than in the background: nothing may use them once
   * the screen is hidden.
   */
  void lockNow() {
    if (signedIn == null) {
      return;
    }
    String loginName = signedIn.loginName();
    signedIn = null;
    idle.disarm();
    try {
      show(unlockScreen(loginName));
      for (Window window : List.copyOf(Window.getWindows())) {
        if (window != stage) {
          window.hide();
        }
      }
    } finally {
      // whatever went wrong while hiding, the keys go
      vault.lock();
    }
  }

  private void chooseLanguage(Language language) {
    texts.switchTo(language);
    settings.update(
        s -> s.withLanguage(language),
        error -> {
          Messages messages = texts.messages();
          dialogs.showError(
              messages.text("settings.saveFailed.title"),
              messages.text("settings.saveFailed.detail"));
        });
  }

  private void show(Parent root) {
    stage.getScene().setRoot(root);
  }

  /** Keyboard users can type at once; the focus is set as soon as the view is in the scene. */
  private static void focusWhenShown(Parent root, Runnable focus) {
    root.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                focus.run();
              }
            });
  }
}
