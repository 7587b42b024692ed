package org.depder.launch;

import javafx.application.Application;

/**
 * Entry point of the desktop client, called by {@link Launcher}; returns when the last window
 * closes. Not an {@code Application} itself: a main class that extends it cannot start with JavaFX
 * on the classpath.
 */
public final class DesktopMain {
  private DesktopMain() {}

  public static void main(String[] args) {
    Application.launch(DesktopApplication.class, args);
  }
}
