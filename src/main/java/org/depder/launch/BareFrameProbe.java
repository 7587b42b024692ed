package org.depder.launch;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The startup benchmark's baseline: an empty JavaFX window of the client's size and nothing else.
 * It prints the same probe line on its first frame and exits (see {@link FirstFrameProbe}); the
 * line is printed whether or not the probe property is set, since this class has no other use.
 */
public final class BareFrameProbe {
  private BareFrameProbe() {}

  public static void main(String[] args) {
    // the main class must not extend Application on the classpath (JavaFX would refuse to start)
    Application.launch(EmptyWindow.class, args);
  }

  /** The empty window. Public because JavaFX instantiates it reflectively. */
  public static final class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
      stage.setTitle("Depder");
      stage.setScene(new Scene(new Pane(), WindowSize.WIDTH, WindowSize.HEIGHT));
      stage.show();
      FirstFrame.whenRendered(FirstFrameProbe::reportAndExit);
    }
  }
}
