package org.depder.launch;

import java.security.SecureRandom;
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
import org.depder.app.vault.KdfPolicy;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.SealingLimits;
import org.depder.app.vault.VaultService;
import org.depder.store.VaultOpener;
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
   * The local vault: one SQLite file in the per-user data directory, Argon2id at the production
   * profile. Constructing it and asking its {@code state()} only checks for the file: Bouncy Castle
   * and SQLite load with {@code unlock}/{@code create}, in the background, after the first frame
   * ({@code FirstFrameClassLoadingTest} checks this).
   */
  static Supplier<Optional<VaultService>> vaultService(AppHome home, TaskRunner tasks) {
    return () ->
        Optional.of(
            new LocalVaultService(
                home.vaultFile(),
                new VaultOpener(),
                KdfPolicy.production(),
                SealingLimits.DEFAULTS,
                Clock.systemUTC(),
                new SecureRandom()));
  }

  @Override
  public void stop() {
    if (tasks != null) {
      tasks.close();
    }
  }
}
