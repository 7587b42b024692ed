package org.depder.ui.cases;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.depder.ui.LiveTexts;

/**
 * The form fields of the repatriation and transfer tabs: picklists whose item names follow the UI
 * language (arrow keys choose while closed, Alt+Down opens), and text fields bound to a model.
 */
final class Pickers {
  private final LiveTexts texts;

  Pickers(LiveTexts texts) {
    this.texts = texts;
  }

  <T> ComboBox<T> combo(
      String id, ObservableList<T> items, Function<T, String> name, ObjectProperty<T> property) {
    ComboBox<T> combo = new ComboBox<>(items);
    combo.setId(id);
    combo.setVisibleRowCount(10);
    combo.setMaxWidth(Double.MAX_VALUE);
    Runnable relabel =
        () -> {
          combo.setConverter(converter(name));
          combo.setCellFactory(list -> cell(name));
          combo.setButtonCell(cell(name));
        };
    relabel.run();
    texts.messagesProperty().addListener((o, a, b) -> relabel.run());
    combo.valueProperty().bindBidirectional(property);
    return combo;
  }

  static TextField field(String id, StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  private static <T> StringConverter<T> converter(Function<T, String> name) {
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

  private static <T> ListCell<T> cell(Function<T, String> name) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "" : name.apply(item));
      }
    };
  }
}
