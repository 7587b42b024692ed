package org.depder.ui.cases;

import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.depder.app.i18n.Messages;
import org.depder.ui.LiveTexts;

/**
 * A pick list of values named in the UI language (a stage, a status, a welaýat), bound both ways to
 * a model property. With the focus on it, the arrow keys change the value and Space opens the list,
 * so it is used without a mouse; its names follow a switch of language.
 */
final class CaseChoices {
  private CaseChoices() {}

  static <T> ComboBox<T> combo(
      LiveTexts texts,
      String id,
      List<T> items,
      BiFunction<Messages, T, String> name,
      Property<T> value) {
    ComboBox<T> combo = new ComboBox<>();
    combo.setId(id);
    combo.getItems().setAll(items);
    combo.setVisibleRowCount(10);
    combo.setMaxWidth(Double.MAX_VALUE);
    Runnable relabel =
        () -> {
          StringConverter<T> converter =
              new StringConverter<>() {
                @Override
                public String toString(T item) {
                  return item == null ? "" : name.apply(texts.messages(), item);
                }

                @Override
                public T fromString(String string) {
                  return null;
                }
              };
          combo.setConverter(converter);
          combo.setCellFactory(list -> cell(converter));
          combo.setButtonCell(cell(converter));
        };
    relabel.run();
    texts.messagesProperty().addListener((o, a, b) -> relabel.run());
    combo.valueProperty().bindBidirectional(value);
    return combo;
  }

  private static <T> ListCell<T> cell(StringConverter<T> converter) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : converter.toString(item));
      }
    };
  }
}
