package org.depder.launch;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.AppVersion;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.vault.VaultService;
import org.depder.ui.FxTaskRunner;

/**
 * The JavaFX application object of the desktop client: shows the first screen, then (or, under the
 * startup probe, instead) warms up the heavy libraries in the background.
 */
public final class DesktopApplication extends Application {
  private FxTaskRunner tasks;

  @Override
  public void start(Stage stage) {
    tasks = new FxTaskRunner();
    // development runs (no jar manifest) fail on a missing text; releases show the key and log it
    MissingTextPolicy missingTexts =
        AppVersion.isDevelopment() ? MissingTextPolicy.FAIL : MissingTextPolicy.SHOW_KEY;
    AppHome home = AppHome.fromEnvironment();
    new DesktopClient(
            home,
            tasks,
            missingTexts,
            Platform::exit,
            vaultService(home, tasks),
            Clock.systemDefaultZone())
        .start(stage);
    stage.show();
    FirstFrame.whenRendered(
        () -> {
          if (FirstFrameProbe.requested()) {
            FirstFrameProbe.reportAndExit();
          }
          BackgroundWarmUp.start();
        });
  }

  /**
   * The seam where the real {@link VaultService} (SQLite + Argon2id, being built on its own branch)
   * plugs in: return a supplier that constructs it for {@code home}. On later starts the supplier
   * and {@code state()} run while the first screen is chosen, before the first frame: constructing
   * the service and {@code state()} must stay light (a file check), leaving Bouncy Castle and
   * SQLite to {@code unlock} and {@code create}, which run in the background ({@code
   * FirstFrameClassLoadingTest} checks this). While no implementation exists in the program, the
   * client runs without a vault: the language picker, then the main window with Settings only.
   */
  static Supplier<Optional<VaultService>> vaultService(AppHome home, TaskRunner tasks) {
    return Optional::empty;
  }

  @Override
  public void stop() {
    if (tasks != null) {
      tasks.close();
    }
  }
}
