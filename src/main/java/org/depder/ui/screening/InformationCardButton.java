package org.depder.ui.screening;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.depder.ui.LiveTexts;

/** The button of {@link InformationCardAction}, its hint and what it last saved. */
final class InformationCardButton {
  private InformationCardButton() {}

  static Node build(InformationCardAction action, LiveTexts texts) {
    Button print = new Button();
    print.setId("print-information-card");
    print.textProperty().bind(texts.text("infocard.print"));
    print.disableProperty().bind(action.busyProperty());
    print.setOnAction(e -> action.print());
    Label hint = new Label();
    hint.textProperty().bind(texts.text("infocard.hint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    Label status = new Label();
    status.setId("information-card-status");
    status.textProperty().bind(action.statusProperty());
    status.setWrapText(true);
    status.visibleProperty().bind(action.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    return new VBox(4, print, hint, status);
  }
}
