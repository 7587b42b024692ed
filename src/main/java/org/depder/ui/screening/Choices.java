package org.depder.ui.screening;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.depder.ui.LiveTexts;

/**
 * The few control shapes the screening steps use, each bound to a step-model property and labelled
 * through {@link LiveTexts} so a language switch re-labels them. Kept small on purpose: a step view
 * reads as a list of its fields.
 */
final class Choices {
  private final LiveTexts texts;

  Choices(LiveTexts texts) {
    this.texts = texts;
  }

  /**
   * One toggle per value, at most one selected, kept in step with {@code property} both ways. Arrow
   * keys move within the group; Tab leaves it.
   */
  <T extends Enum<T>> FlowPane toggles(
      String idPrefix, List<T> values, Function<T, String> keyOf, ObjectProperty<T> property) {
    ToggleGroup group = new ToggleGroup();
    FlowPane pane = new FlowPane(6, 6);
    for (T value : values) {
      ToggleButton button = new ChoiceButton();
      button.setId(idPrefix + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      button.textProperty().bind(texts.text(keyOf.apply(value)));
      button.setUserData(value);
      button.setToggleGroup(group);
      button.setSelected(value == property.get());
      pane.getChildren().add(button);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (o, a, toggle) -> {
              @SuppressWarnings("unchecked")
              T chosen = toggle == null ? null : (T) toggle.getUserData();
              property.set(chosen);
            });
    property.addListener(
        (o, a, value) ->
            group.getToggles().stream()
                .filter(t -> t.getUserData() == value)
                .findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null)));
    return pane;
  }

  /**
   * Pressing the chosen option again keeps it chosen (a plain toggle would clear it): an answer is
   * changed by choosing another one, never lost by a second press of Space or a double click.
   */
  private static final class ChoiceButton extends ToggleButton {
    @Override
    public void fire() {
      if (!isSelected()) {
        super.fire();
      }
    }
  }

  /** A picklist whose item names follow the UI language. */
  <T> ComboBox<T> combo(
      String id, List<T> items, Function<T, String> nameInLanguage, ObjectProperty<T> property) {
    ComboBox<T> combo = new ComboBox<>();
    combo.setId(id);
    combo.getItems().setAll(items);
    combo.setVisibleRowCount(12);
    combo.setMaxWidth(Double.MAX_VALUE);
    Runnable relabel =
        () -> {
          combo.setConverter(converter(nameInLanguage));
          combo.setCellFactory(list -> cell(nameInLanguage));
          combo.setButtonCell(cell(nameInLanguage));
        };
    relabel.run();
    texts.messagesProperty().addListener((o, a, b) -> relabel.run());
    combo.valueProperty().bindBidirectional(property);
    return combo;
  }

  private <T> StringConverter<T> converter(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : name.apply(value);
      }

      @Override
      public T fromString(String text) {
        return null;
      }
    };
  }

  private <T> ListCell<T> cell(Function<T, String> name) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "" : name.apply(item));
      }
    };
  }

  CheckBox check(String id, String key, BooleanProperty property) {
    CheckBox box = new CheckBox();
    box.setId(id);
    box.textProperty().bind(texts.text(key));
    box.setWrapText(true);
    box.selectedProperty().bindBidirectional(property);
    return box;
  }

  TextField field(String id, StringProperty property, double width) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount((int) width);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  Label label(String key) {
    return bound(new Label(), texts.text(key));
  }

  Label hint(String key) {
    Label label = label(key);
    label.getStyleClass().add("text-muted");
    label.setWrapText(true);
    return label;
  }

  Label heading(String key) {
    Label label = label(key);
    label.getStyleClass().add("title-4");
    label.setWrapText(true);
    return label;
  }

  static Label bound(Label label, StringBinding text) {
    label.textProperty().bind(text);
    label.setWrapText(true);
    return label;
  }

  /** A two-column form: labels on the left, controls on the right. */
  static GridPane form() {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(10);
    grid.setAlignment(Pos.TOP_LEFT);
    return grid;
  }

  void row(GridPane grid, String labelKey, Node control) {
    int row = grid.getRowCount();
    Label label = label(labelKey);
    label.setMinWidth(180);
    label.setMaxWidth(240);
    label.setLabelFor(control);
    grid.add(label, 0, row);
    grid.add(control, 1, row);
    GridPane.setHgrow(control, Priority.ALWAYS);
  }

  static VBox section(Node... children) {
    VBox box = new VBox(12, children);
    box.setFillWidth(true);
    return box;
  }
}
