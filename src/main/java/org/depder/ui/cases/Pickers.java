package org.depder.ui.cases;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

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

  /** A field with its label above it, so long labels in ru and tk are never cut. */
  static VBox labelled(Label label, Node field) {
    if (field instanceof Region r && !(field instanceof ButtonBase)) {
      r.setMaxWidth(Double.MAX_VALUE);
    }
    label.setWrapText(true);
    return new VBox(2, label, field);
  }

  /** A form of two equal columns that share the width of the tab. */
  static GridPane twoColumns() {
    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(6);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(50);
      column.setHgrow(Priority.ALWAYS);
      form.getColumnConstraints().add(column);
    }
    return form;
  }

  /** Lines wrap at the width of the list instead of running off to the right. */
  static void wrapLines(ListView<Line> list) {
    list.setCellFactory(
        view -> {
          ListCell<Line> cell =
              new ListCell<>() {
                @Override
                protected void updateItem(Line item, boolean empty) {
                  super.updateItem(item, empty);
                  setText(empty || item == null ? null : item.text());
                }
              };
          cell.setWrapText(true);
          cell.prefWidthProperty().bind(view.widthProperty().subtract(24));
          return cell;
        });
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
