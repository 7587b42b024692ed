package org.depder.ui.vault;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.app.vault.PasswordFeedback.Strength;

/** A strength bar with its word, and the hints below; placed under a new-password field. */
public final class PasswordStrengthView {
  private final VBox root = new VBox(4);

  /** Held here: a binding observed only by a listener would be garbage-collected. */
  private final ObservableValue<Strength> strength;

  public PasswordStrengthView(PasswordStrengthViewModel viewModel, String idPrefix) {
    ProgressBar bar = new ProgressBar();
    bar.setId(idPrefix + "-strength-bar");
    bar.progressProperty().bind(viewModel.level());
    bar.setPrefWidth(160);
    bar.setMinWidth(120);
    strength = viewModel.strength();
    strength.addListener((obs, old, now) -> colour(bar, now));
    bar.skinProperty().addListener((obs, old, skin) -> colour(bar, strength.getValue()));
    Label word = new Label();
    word.setId(idPrefix + "-strength");
    word.textProperty().bind(viewModel.strengthLabel());
    word.getStyleClass().add("text-bold");
    word.setMinWidth(Region.USE_PREF_SIZE);
    Label hints = new Label();
    hints.setId(idPrefix + "-hints");
    hints.textProperty().bind(viewModel.hints());
    hints.setWrapText(true);
    hints.getStyleClass().add("text-muted");
    hints.managedProperty().bind(hints.textProperty().isNotEmpty());
    HBox line = new HBox(12, bar, word);
    line.setAlignment(Pos.CENTER_LEFT);
    root.getChildren().addAll(line, hints);
  }

  /**
   * AtlantaFX colours: red below acceptable, amber for acceptable, green for strong. Set on the
   * skin's inner bar: a looked-up colour set inline on the progress bar itself did not reach it.
   */
  private static void colour(ProgressBar bar, Strength strength) {
    String style =
        strength == null
            ? ""
            : "-fx-background-color: "
                + switch (strength) {
                  case TOO_SHORT, WEAK -> "-color-danger-emphasis";
                  case FAIR -> "-color-warning-emphasis";
                  case STRONG -> "-color-success-emphasis";
                }
                + ";";
    Node inner = bar.lookup(".bar");
    if (inner != null) {
      inner.setStyle(style);
    }
  }

  public Node root() {
    return root;
  }
}
