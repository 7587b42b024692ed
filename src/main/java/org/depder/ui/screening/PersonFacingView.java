package org.depder.ui.screening;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;

/**
 * "Show to the person": the open question in large type in the interview language, independent of
 * the screener's UI language, so the screen can be turned towards the person. Nothing else of the
 * record is visible here.
 */
final class PersonFacingView {
  private final VBox root = new VBox(32);

  PersonFacingView(ScreeningWizardViewModel vm) {
    Label text = new Label();
    text.setId("person-text");
    text.textProperty().bind(vm.labels().personText());
    text.setWrapText(true);
    text.setStyle("-fx-font-size: 2.4em; -fx-line-spacing: 0.2em;");
    text.setMaxWidth(900);
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    Button back = KeyboardActivation.fireOnEnter(new Button());
    back.setId("person-view-close");
    back.textProperty().bind(vm.texts().text("screening.person.close"));
    back.setOnAction(e -> vm.togglePersonView());
    root.getChildren().addAll(text, spacer, back);
    root.setAlignment(Pos.CENTER_LEFT);
    root.setPadding(new Insets(48));
    root.setStyle("-fx-background-color: -color-bg-default;");
    root.setId("person-view");
  }

  VBox root() {
    return root;
  }
}
