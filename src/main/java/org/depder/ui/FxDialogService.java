package org.depder.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX alerts. Buttons get our own texts: JavaFX's built-in button
 * labels follow the operating system's locale, not the language chosen in Depder.
 */
public final class FxDialogService implements DialogService {
  private final Supplier<Window> owner;
  private final LiveTexts texts;
  private final AppearanceApplier appearance;

  public FxDialogService(Supplier<Window> owner, LiveTexts texts, AppearanceApplier appearance) {
    this.owner = owner;
    this.texts = texts;
    this.appearance = appearance;
  }

  @Override
  public void showError(String title, String detail) {
    ButtonType ok =
        new ButtonType(texts.messages().text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.ERROR, detail, ok);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(title);
    appearance.followTextSize(alert.getDialogPane());
    alert.showAndWait();
  }
}
