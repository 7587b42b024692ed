package org.depder.ui.language;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;

/**
 * Three large buttons, one per language, each with a prompt and a hint in its own language. Tab
 * moves between them, Enter or Space picks one.
 */
public final class LanguagePickerView {
  private final VBox root = new VBox(28);
  private final HBox buttons = new HBox(24);

  public LanguagePickerView(LanguagePickerViewModel viewModel) {
    Label appName = new Label(viewModel.appName());
    appName.getStyleClass().addAll("title-1", "depder-app-name");

    VBox prompts = new VBox(6);
    prompts.setAlignment(Pos.CENTER);
    buttons.setAlignment(Pos.CENTER);
    for (LanguagePickerViewModel.Choice choice : viewModel.choices()) {
      Label prompt = new Label(choice.prompt());
      prompt.getStyleClass().add("title-4");
      prompts.getChildren().add(prompt);
      buttons.getChildren().add(card(choice, viewModel));
    }

    root.getChildren().addAll(appName, prompts, buttons);
    root.setAlignment(Pos.CENTER);
    root.setPadding(new Insets(32));
    root.getStyleClass().add("depder-language-picker");
  }

  private static VBox card(
      LanguagePickerViewModel.Choice choice, LanguagePickerViewModel viewModel) {
    Button button = KeyboardActivation.fireOnEnter(new Button(choice.name()));
    button.setId("language-" + choice.language().code());
    button.getStyleClass().add("depder-language-button");
    button.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
    button.setMinSize(240, 88);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setOnAction(e -> viewModel.choose(choice.language()));

    Label hint = new Label(choice.hint());
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    hint.setMaxWidth(240);

    VBox card = new VBox(10, button, hint);
    card.setAlignment(Pos.TOP_CENTER);
    card.setPrefWidth(260);
    return card;
  }

  public Parent root() {
    return root;
  }

  /** Puts the keyboard focus on the first language, so Enter works without touching the mouse. */
  public void focusFirstChoice() {
    ((VBox) buttons.getChildren().get(0)).getChildren().get(0).requestFocus();
  }
}
