package org.depder.ui.cases;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.depder.app.i18n.Messages;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The choice fields of the consent forms: values shown through their labels in the UI language
 * (again after a language switch), services by name, in a compact two-column grid of label and
 * field. A closed choice changes with the arrow keys, so the forms need no mouse.
 */
final class ConsentPickers {
  private final CaseContext context;
  private final CaseControls controls;

  ConsentPickers(CaseContext context, CaseControls controls) {
    this.context = context;
    this.controls = controls;
  }

  <T> ComboBox<T> pick(
      String id, List<T> values, ObjectProperty<T> value, Function<T, String> keyOf) {
    ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
    box.setId(id);
    box.valueProperty().bindBidirectional(value);
    converter(box, (m, v) -> m.text(keyOf.apply(v)));
    return box;
  }

  /** A service picker showing names. */
  ComboBox<String> services(String id, ObservableList<String> ids, ObjectProperty<String> value) {
    ComboBox<String> box = new ComboBox<>(ids);
    box.setId(id);
    box.valueProperty().bindBidirectional(value);
    converter(box, (m, v) -> context.serviceName(v));
    return box;
  }

  /** Long lines (a purpose and a service name) wrap instead of scrolling sideways. */
  static void wrapLines(ListView<Line> list) {
    list.setCellFactory(
        view ->
            new ListCell<>() {
              {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
              }

              @Override
              protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
              }
            });
  }

  /**
   * Shows values through {@code label} in the UI language; after a language switch the shown value
   * is drawn again (a new converter alone leaves the closed box showing the old words).
   */
  <T> void converter(ComboBox<T> box, BiFunction<Messages, T, String> label) {
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T v) {
            return v == null ? "" : label.apply(context.messages(), v);
          }

          @Override
          public T fromString(String s) {
            return null;
          }
        });
    Runnable cells =
        () -> {
          box.setButtonCell(cell(box));
          box.setCellFactory(list -> cell(box));
        };
    cells.run();
    context.texts().messagesProperty().addListener((o, a, b) -> cells.run());
    box.setMaxWidth(Double.MAX_VALUE);
  }

  private static <T> ListCell<T> cell(ComboBox<T> box) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "" : box.getConverter().toString(item));
      }
    };
  }

  ConsentTexts texts() {
    return new ConsentTexts(context.messages(), context.clock().getZone(), context::serviceName);
  }

  GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    ColumnConstraints label = new ColumnConstraints(110, 150, 180);
    ColumnConstraints field = new ColumnConstraints(160, 250, Double.MAX_VALUE);
    field.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(label, field);
    return grid;
  }

  void row(GridPane grid, int row, String key, Control field) {
    Label label = controls.labelFor(key, field);
    label.setWrapText(true);
    grid.addRow(row, label, field);
  }

  static Label wrapped(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    return label;
  }
}
