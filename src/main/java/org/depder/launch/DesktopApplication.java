package org.depder.launch;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.depder.app.AppHome;
import org.depder.app.AppVersion;
import org.depder.app.i18n.Messages.MissingTextPolicy;
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
    new DesktopClient(AppHome.fromEnvironment(), tasks, missingTexts, Platform::exit).start(stage);
    stage.show();
    FirstFrame.whenRendered(
        () -> {
          if (FirstFrameProbe.requested()) {
            FirstFrameProbe.reportAndExit();
          }
          BackgroundWarmUp.start();
        });
  }

  @Override
  public void stop() {
    if (tasks != null) {
      tasks.close();
    }
  }
}
