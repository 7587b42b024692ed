package org.depder.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX alerts and file choosers. Buttons get our own texts: JavaFX's
 * built-in button labels follow the operating system's locale, not the language chosen in Depder.
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
    Alert alert = alert(Alert.AlertType.ERROR, title, detail, ok);
    alert.showAndWait();
  }

  @Override
  public boolean confirm(String title, String detail, String confirmLabel) {
    ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel =
        new ButtonType(texts.messages().text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, detail, yes, cancel);
    // the safe answer is the default: Enter on an unread dialog must not destroy anything
    ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  private Alert alert(Alert.AlertType type, String title, String detail, ButtonType... buttons) {
    Alert alert = new Alert(type, detail, buttons);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.getDialogPane().setId("dialog-" + type.name().toLowerCase(Locale.ROOT));
    appearance.followTextSize(alert.getDialogPane());
    return alert;
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, FileType type) {
    return Optional.ofNullable(chooser(title, type).showOpenDialog(owner.get())).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName) {
    FileChooser chooser = chooser(title, type);
    chooser.setInitialFileName(suggestedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
  }

  private static FileChooser chooser(String title, FileType type) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(type.label(), "*." + type.extension()));
    return chooser;
  }
}
