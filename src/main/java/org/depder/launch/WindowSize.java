package org.depder.launch;

import javafx.geometry.Rectangle2D;

/**
 * The main window's size: it must fit a 1366x768 laptop screen with a task bar and window frame,
 * and stay usable down to {@link #MIN_WIDTH} x {@link #MIN_HEIGHT}.
 */
final class WindowSize {
  static final double WIDTH = 1180;
  static final double HEIGHT = 720;
  static final double MIN_WIDTH = 1000;
  static final double MIN_HEIGHT = 640;

  /** Room for the window's title bar and border, which the scene size does not include. */
  private static final double FRAME = 40;

  private WindowSize() {}

  /** The default scene width and height on a screen whose usable area is {@code visual}. */
  static double[] fitting(Rectangle2D visual) {
    return new double[] {
      Math.max(MIN_WIDTH, Math.min(WIDTH, visual.getWidth() - FRAME)),
      Math.max(MIN_HEIGHT, Math.min(HEIGHT, visual.getHeight() - FRAME))
    };
  }
}
