package org.depder.ui.lock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Connects locking to the windows: on every window, present and future (dialogs too), any key,
 * mouse or scroll event counts as activity for the {@link IdleTimer}, and the quick-lock keys
 * (Ctrl+L and Pause/Break) lock at once, whichever window has the focus.
 */
public final class LockTriggers {
  /** Shown in the File menu; the Pause key is the one-handed alternative. */
  public static final KeyCombination QUICK_LOCK =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

  private final IdleTimer idle;
  private final Runnable lockNow;
  private final EventHandler<InputEvent> activity;
  private final EventHandler<KeyEvent> quickLock;
  private final Timeline checks;

  public LockTriggers(IdleTimer idle, Runnable lockNow) {
    this.idle = idle;
    this.lockNow = lockNow;
    this.activity = this::onInput;
    this.quickLock = this::onKey;
    // a few seconds late is fine for an idle lock of at least a minute
    this.checks = new Timeline(new KeyFrame(Duration.seconds(5), e -> idle.check()));
    checks.setCycleCount(Timeline.INDEFINITE);
  }

  /** Watches every window from now on, and starts the periodic idle check. */
  public void install() {
    Window.getWindows().forEach(this::watch);
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    change.getAddedSubList().forEach(this::watch);
                  }
                });
    checks.play();
  }

  private void watch(Window window) {
    if (window.getScene() != null) {
      watch(window.getScene());
    }
    window
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                unwatch(old);
              }
              if (scene != null) {
                watch(scene);
              }
            });
  }

  private void watch(Scene scene) {
    unwatch(scene);
    scene.addEventFilter(KeyEvent.ANY, activity);
    scene.addEventFilter(MouseEvent.ANY, activity);
    scene.addEventFilter(ScrollEvent.ANY, activity);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, quickLock);
  }

  private void unwatch(Scene scene) {
    scene.removeEventFilter(KeyEvent.ANY, activity);
    scene.removeEventFilter(MouseEvent.ANY, activity);
    scene.removeEventFilter(ScrollEvent.ANY, activity);
    scene.removeEventFilter(KeyEvent.KEY_PRESSED, quickLock);
  }

  private void onInput(Event event) {
    idle.activity();
  }

  private void onKey(KeyEvent event) {
    if (isQuickLock(event)) {
      event.consume();
      lockNow.run();
    }
  }

  static boolean isQuickLock(KeyEvent event) {
    return event.getCode() == KeyCode.PAUSE || QUICK_LOCK.match(event);
  }
}
