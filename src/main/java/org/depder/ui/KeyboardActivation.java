package org.depder.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter activates a focused button, as most users expect (JavaFX itself fires a focused button on
 * Space only, and on Enter only for the default button).
 */
public final class KeyboardActivation {
  private KeyboardActivation() {}

  public static <B extends ButtonBase> B fireOnEnter(B button) {
    button.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
            button.fire();
            event.consume();
          }
        });
    return button;
  }
}
