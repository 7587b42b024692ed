package org.depder.ui.cases;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Follow-up visits tab: the schedule (months and start date, then Schedule), the visits with
 * their due dates and where they stand, and the form recording the selected visit (its day and a
 * note). Tab order follows the reading order; dates are typed as {@code 2026-03-20}.
 */
final class FollowUpsPane {
  private final VBox root;

  FollowUpsPane(FollowUpsModel vm, CaseControls c, LiveTexts texts) {
    TextField months =
        field("followups-months", vm.monthsProperty(), texts, "casesui.followup.monthsHint");
    TextField start = field("followups-start", vm.startProperty(), texts, "casesui.date.hint");
    GridPane plan = grid();
    plan.addRow(0, c.labelFor("casesui.followup.months", months), months);
    plan.addRow(1, c.labelFor("casesui.followup.start", start), start);
    plan.add(c.button("followups-schedule", "casesui.followup.schedule", vm::schedule), 1, 2);

    ListView<Line> visits = wrapping(CaseControls.list("case-followups", vm.visits(), 130));
    TextField on = field("followup-date", vm.visitedOnProperty(), texts, "casesui.date.hint");
    TextField note = field("followup-note", vm.noteProperty(), texts, "casesui.followup.noteHint");
    GridPane visit = grid();
    visit.addRow(0, c.labelFor("casesui.followup.visitedOn", on), on);
    visit.addRow(1, c.labelFor("casesui.followup.note", note), note);
    visit.add(c.onSelected("followup-record", "casesui.followup.record", visits, vm::record), 1, 2);

    root =
        new VBox(
            6,
            c.heading("casesui.followup.scheduleTitle"),
            plan,
            c.heading("casesui.followup.title"),
            visits,
            visit);
  }

  static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(4);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(140);
    javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(labels, fields);
    return grid;
  }

  /**
   * Long lines (service names in ru and tk) wrap inside the list instead of scrolling sideways, so
   * a whole line is read at 1366x768.
   */
  static ListView<Line> wrapping(ListView<Line> list) {
    list.setCellFactory(
        view ->
            new ListCell<>() {
              {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
                setMaxWidth(Control.USE_PREF_SIZE);
              }

              @Override
              protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
              }
            });
    return list;
  }

  /** A text field bound both ways to {@code value}, with a translated hint shown while empty. */
  static TextField field(String id, StringProperty value, LiveTexts texts, String hintKey) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    field.promptTextProperty().bind(texts.text(hintKey));
    return field;
  }

  Node root() {
    return root;
  }
}
