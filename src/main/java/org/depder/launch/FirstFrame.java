package org.depder.launch;

import javafx.animation.AnimationTimer;

/**
 * Runs an action once the first frame of a shown window has been rendered. An {@link
 * AnimationTimer} ticks at the start of each pulse; the scene is synchronised and rendered at the
 * end of the pulse, so the second tick comes after the first frame was drawn. The client and the
 * bare baseline window use this same definition, which keeps the startup benchmark fair.
 */
final class FirstFrame {
  private FirstFrame() {}

  /** Call on the FX thread right after {@code stage.show()}. */
  static void whenRendered(Runnable action) {
    new AnimationTimer() {
      private int ticks;

      @Override
      public void handle(long now) {
        if (++ticks == 2) {
          stop();
          action.run();
        }
      }
    }.start();
  }
}
