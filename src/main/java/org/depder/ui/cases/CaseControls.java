package org.depder.ui.cases;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The few controls every part of the Cases area is built from, so that ids, texts and keyboard
 * behaviour are the same everywhere: buttons act on Space/Enter, lists are walked with arrows.
 */
final class CaseControls {
  private final LiveTexts texts;

  CaseControls(LiveTexts texts) {
    this.texts = texts;
  }

  Button button(String id, String key, Runnable action) {
    Button b = new Button();
    b.setId(id);
    b.textProperty().bind(texts.text(key));
    b.setOnAction(e -> action.run());
    return b;
  }

  /** A button acting on the line selected in {@code list}; nothing happens when none is. */
  Button onSelected(String id, String key, ListView<Line> list, Consumer<Line> action) {
    return button(
        id,
        key,
        () ->
            Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .filter(line -> line.id() != null)
                .ifPresent(action));
  }

  static ListView<Line> list(String id, ObservableList<Line> items, double height) {
    ListView<Line> view = new ListView<>(items);
    view.setId(id);
    view.setPrefHeight(height);
    return view;
  }

  Label heading(String key) {
    Label label = new Label();
    label.textProperty().bind(texts.text(key));
    label.getStyleClass().add("section");
    return label;
  }

  /** A label for a form field, read by screen readers as the field's name. */
  Label labelFor(String key, javafx.scene.Node field) {
    Label label = heading(key);
    label.getStyleClass().setAll("label");
    label.setLabelFor(field);
    return label;
  }
}
