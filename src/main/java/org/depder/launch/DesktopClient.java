package org.depder.launch;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.depder.app.AppHome;
import org.depder.app.AppVersion;
import org.depder.app.BundledLibraries;
import org.depder.app.FormatVersions;
import org.depder.app.TaskRunner;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseTasks;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.people.PersonDirectory;
import org.depder.app.people.PersonMatcher;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.referral.ReferralLetterService;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.settings.Settings;
import org.depder.app.settings.SettingsService;
import org.depder.app.settings.SettingsStore;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultService;
import org.depder.ui.Appearance;
import org.depder.ui.AppearanceApplier;
import org.depder.ui.DialogService;
import org.depder.ui.FxDialogService;
import org.depder.ui.LiveTexts;
import org.depder.ui.about.AboutView;
import org.depder.ui.about.AboutViewModel;
import org.depder.ui.cases.CaseContext;
import org.depder.ui.cases.CasesView;
import org.depder.ui.cases.CasesViewModel;
import org.depder.ui.language.LanguagePickerView;
import org.depder.ui.language.LanguagePickerViewModel;
import org.depder.ui.screening.ScreeningAreaView;
import org.depder.ui.screening.ScreeningAreaViewModel;
import org.depder.ui.server.ServerConnectionView;
import org.depder.ui.server.ServerConnectionViewModel;
import org.depder.ui.settings.SettingsView;
import org.depder.ui.settings.SettingsViewModel;
import org.depder.ui.shell.Area;
import org.depder.ui.shell.AreaRegistry;
import org.depder.ui.shell.ShellView;
import org.depder.ui.shell.ShellViewModel;
import org.depder.ui.sync.SyncAreas;
import org.slf4j.LoggerFactory;

/**
 * The desktop composition root: builds every service, ViewModel and View by constructor and puts
 * the first screen in the window. On first start that is the language picker; afterwards the
 * vault's first-run or unlock screen ({@link VaultSession}), then the main window. Only what the
 * first screen needs is built before it is shown.
 */
public final class DesktopClient {
  /** The neutral notebook icon (installer/common/IconGenerator.java draws it). */
  private static final String ICON = "/org/depder/ui/depder-icon-64.png";

  /** The id of the Screening area; the main window puts it first. */
  static final String SCREENING_AREA = "screening";

  /** Before the user has chosen, texts that are not trilingual (the window title) use English. */
  private static final Language UNTIL_CHOSEN = Language.EN;

  private final AppHome home;
  private final TaskRunner tasks;
  private final Messages.MissingTextPolicy missingTexts;
  private final Runnable quit;
  private final Supplier<Optional<VaultService>> vaultService;
  private final Clock clock;
  private final Optional<ScreeningAccess> screenings;
  private final Duration autosaveQuietPeriod;

  private Stage stage;
  private LiveTexts texts;
  private Appearance appearance;
  private AppearanceApplier appearanceApplier;
  private SettingsService settings;
  private DialogService dialogs;
  private PersonDirectory people;
  private LocalReplication replication;

  /**
   * @param quit ends the application (the toolkit's exit in production, closing the stage in tests)
   * @param vaultService the local vault, asked for only once the language is known (it may load
   *     heavy libraries); empty when no vault is wired, and the client then opens the main window
   *     straight after the language
   * @param clock for the idle lock and back-off countdowns
   */
  public DesktopClient(
      AppHome home,
      TaskRunner tasks,
      Messages.MissingTextPolicy missingTexts,
      Runnable quit,
      Supplier<Optional<VaultService>> vaultService,
      Clock clock) {
    this(home, tasks, missingTexts, quit, vaultService, clock, Optional.empty(), Duration.ZERO);
  }

  /** A client without a vault that keeps screenings in {@code screenings} (UI tests). */
  public DesktopClient(
      AppHome home,
      TaskRunner tasks,
      Messages.MissingTextPolicy missingTexts,
      Runnable quit,
      Optional<ScreeningAccess> screenings,
      Duration autosaveQuietPeriod) {
    this(
        home,
        tasks,
        missingTexts,
        quit,
        Optional::empty,
        Clock.systemDefaultZone(),
        screenings,
        autosaveQuietPeriod);
  }

  /**
   * @param screenings where screenings are kept and who screens; without it there is no screening
   *     area, because a screening that cannot be kept must not be started
   * @param autosaveQuietPeriod how long the screening autosave waits for more typing (zero in
   *     tests)
   */
  public DesktopClient(
      AppHome home,
      TaskRunner tasks,
      Messages.MissingTextPolicy missingTexts,
      Runnable quit,
      Supplier<Optional<VaultService>> vaultService,
      Clock clock,
      Optional<ScreeningAccess> screenings,
      Duration autosaveQuietPeriod) {
    this.home = home;
    this.tasks = tasks;
    this.missingTexts = missingTexts;
    this.quit = quit;
    this.vaultService = vaultService;
    this.clock = clock;
    this.screenings = screenings;
    this.autosaveQuietPeriod = autosaveQuietPeriod;
  }

  /** Fills and sizes {@code stage}; the caller shows it. */
  public void start(Stage stage) {
    this.stage = stage;
    createPrivateDataDirectory();
    SettingsStore store = new SettingsStore(home.settingsFile());
    Settings stored = store.load();
    texts =
        new LiveTexts(stored.language().orElse(UNTIL_CHOSEN), l -> Messages.load(l, missingTexts));
    appearance = new Appearance(stored.theme(), stored.textSize());
    appearanceApplier = new AppearanceApplier(appearance);
    appearanceApplier.applyTheme();
    settings = new SettingsService(store, stored, tasks);
    dialogs = new FxDialogService(this::window, texts, appearanceApplier);

    double[] size = WindowSize.fitting(Screen.getPrimary().getVisualBounds());
    Scene scene =
        new Scene(
            stored.language().isPresent() ? afterLanguage() : languagePicker(), size[0], size[1]);
    stage.setScene(scene);
    stage.titleProperty().bind(texts.text("app.name"));
    stage.getIcons().add(new Image(DesktopClient.class.getResource(ICON).toExternalForm()));
    stage.setMinWidth(WindowSize.MIN_WIDTH);
    stage.setMinHeight(WindowSize.MIN_HEIGHT);
  }

  /**
   * Creates the owner-only data directory before anything writes into it. If that fails the window
   * still opens; saving settings will fail and say so.
   */
  private void createPrivateDataDirectory() {
    try {
      home.ensureExists();
    } catch (UncheckedIOException e) {
      LoggerFactory.getLogger(DesktopClient.class)
          .warn("Data directory not available ({})", e.getCause().getClass().getSimpleName());
    }
  }

  private Window window() {
    return stage;
  }

  private Parent languagePicker() {
    LanguagePickerView picker =
        new LanguagePickerView(
            new LanguagePickerViewModel(texts, settings, dialogs, () -> show(afterLanguage())));
    appearanceApplier.followTextSize(picker.root());
    // keyboard users can press Enter at once; the focus is set as soon as the view is in the scene
    picker
        .root()
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                picker.focusFirstChoice();
              }
            });
    return picker.root();
  }

  private void show(Parent root) {
    stage.getScene().setRoot(root);
  }

  /**
   * Once the language is known: the vault's first-run or unlock screen, or, when no vault is wired,
   * the main window.
   */
  private Parent afterLanguage() {
    Optional<VaultService> vault = vaultService.get();
    if (vault.isEmpty()) {
      return mainWindow(new AreaRegistry(), Optional.empty());
    }
    if (vault.get() instanceof LocalVaultService local && replication == null) {
      // before the first unlock: the directory builds its name index at every unlock
      replication = new LocalReplication(local, DesktopClient::personIndexer, clock);
      people = replication.people;
      replication.afterWipe(
          () ->
              tasks.onUiThread(
                  () -> {
                    show(afterLanguage());
                    dialogs.showError(
                        texts.messages().text("remote.wiped.title"),
                        texts.messages().text("remote.wiped.detail"));
                  }));
    }
    VaultSession session =
        new VaultSession(
            vault.get(),
            texts,
            settings,
            tasks,
            dialogs,
            appearanceApplier,
            clock,
            stage,
            this::mainWindow,
            user -> screeningsFor(vault.get(), user),
            this::screening,
            user -> vaultAreas(vault.get(), user));
    return session.entryScreen();
  }

  /**
   * Where the signed-in user's screenings are kept: the encrypted vault when it is the local one
   * (the screener is the vault user), otherwise the access this client was given, if any.
   */
  private Optional<ScreeningAccess> screeningsFor(VaultService vault, UserAccount user) {
    if (vault instanceof LocalVaultService local) {
      String userId = user.id();
      return Optional.of(
          new ScreeningAccess(
              replication != null
                  ? replication.screenings()
                  : new VaultScreeningRepository(local::session),
              () -> userId,
              Optional.ofNullable(people).map(PersonMatcher::new)));
    }
    return screenings;
  }

  /**
   * The main window: Screening (when screenings can be kept: the signed-in user's from {@code
   * extraAreas}, else this client's), Settings, then the other areas the signed-in user may open
   * ({@code extraAreas}, empty without a vault).
   */
  private Parent mainWindow(AreaRegistry extraAreas, Optional<Runnable> lock) {
    AreaRegistry areas = new AreaRegistry();
    extraAreas.areas().stream()
        .filter(a -> a.id().equals(SCREENING_AREA))
        .findFirst()
        .or(
            () ->
                screenings.map(
                    access ->
                        new Area(SCREENING_AREA, "shell.nav.screening", () -> screening(access))))
        .ifPresent(areas::register);
    areas.register(
        new Area(
            "settings",
            "shell.nav.settings",
            () ->
                new SettingsView(new SettingsViewModel(texts, appearance, settings, dialogs))
                    .root()));
    extraAreas.areas().stream()
        .filter(a -> !a.id().equals(SCREENING_AREA))
        .forEach(areas::register);
    ShellView shell =
        new ShellView(new ShellViewModel(texts, areas, quit, lock), texts, this::openAbout);
    appearanceApplier.followTextSize(shell.root());
    return shell.root();
  }

  /**
   * Areas that need the local vault's keys: sync and conflict review for everyone, and the server
   * connection for an administrator of this computer.
   */
  private List<Area> vaultAreas(VaultService vault, UserAccount user) {
    if (!(vault instanceof LocalVaultService) || replication == null) {
      return List.of();
    }
    List<Area> areas = new ArrayList<>();
    areas.addAll(
        SyncAreas.register(
                new AreaRegistry(),
                texts,
                tasks,
                dialogs,
                replication.sync(),
                replication.conflicts(),
                Optional.of(replication.serverSync()),
                clock)
            .areas());
    if (user.role() != Role.SCREENER) {
      areas.add(new Area("cases", "shell.nav.cases", this::casesArea));
    }
    if (user.role() == Role.DEVICE_ADMINISTRATOR) {
      areas.add(
          new Area(
              "server",
              "shell.nav.server",
              () ->
                  new ServerConnectionView(
                          new ServerConnectionViewModel(texts, replication.enrolment(), tasks))
                      .load()
                      .root()));
    }
    return areas;
  }

  /**
   * Cases for social workers, consular officers, coordinators and administrators: the list, the
   * open case and what is due today, over the vault's revisions.
   */
  private Parent casesArea() {
    CaseService service = replication.cases();
    CasesViewModel vm =
        new CasesViewModel(
            new CaseContext(
                texts,
                tasks,
                service,
                new CaseTasks(service),
                Optional.of(new ReferralLetterService(replication.publishedServices())),
                clock));
    vm.refresh();
    return new CasesView(vm, texts, dialogs).root();
  }

  /** The area reads its reference data in the background when it is first opened. */
  private Parent screening(ScreeningAccess access) {
    ScreeningAreaViewModel area =
        new ScreeningAreaViewModel(
            texts,
            tasks,
            dialogs,
            access,
            autosaveQuietPeriod,
            Optional.ofNullable(replication).map(LocalReplication::conflicts));
    ScreeningAreaView view = new ScreeningAreaView(area);
    area.load(
        () ->
            ScreeningWorkspace.load(
                ReferenceDataLoader.bundled(), access.repository(), Clock.systemDefaultZone()));
    return view.root();
  }

  /** The name index is built off the UI thread, on a daemon thread that never blocks exit. */
  private static void personIndexer(Runnable work) {
    Thread thread = new Thread(work, "depder-person-index");
    thread.setDaemon(true);
    thread.start();
  }

  private void openAbout(Window owner) {
    AboutViewModel about =
        new AboutViewModel(
            texts, AppVersion.current(), FormatVersions.all(), BundledLibraries.list());
    new AboutView(about, appearanceApplier).showAndWait(owner);
  }
}
