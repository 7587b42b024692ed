package org.depder.ui.cases;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.depder.app.cases.CaseLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.ClaimRoute;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.ProceedingsStatus;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Proceedings and compensation tab. The hint that assistance never depends on the person's
 * choice stands right under the heading, above the choice itself. Forms are two-column grids of
 * label and field; a closed choice changes with the arrow keys, so nothing needs the mouse.
 */
final class ProceedingsPane {
  private final CaseContext context;
  private final CaseControls c;
  private final VBox root;

  ProceedingsPane(ProceedingsModel vm, CaseContext context, CaseControls c) {
    this.context = context;
    this.c = c;
    Label hint = new Label();
    hint.setId("cooperation-hint");
    hint.textProperty().bind(context.texts().text(CaseLabels.COOPERATION_HINT));
    hint.getStyleClass().addAll("text-bold", "accent");
    hint.setWrapText(true);
    Label cooperationNow = line("cooperation-current", vm.cooperationLineProperty());
    GridPane cooperation = grid();
    row(
        cooperation,
        0,
        "casesui.cooperation.choice",
        pick(
            "cooperation-choice",
            List.of(Cooperation.values()),
            vm.cooperationProperty(),
            CaseLabels::cooperation));
    cooperation.add(
        c.button("cooperation-record", "casesui.cooperation.record", vm::recordCooperation), 1, 1);

    Label statusNow = line("proceedings-current", vm.statusLineProperty());
    GridPane status = grid();
    row(
        status,
        0,
        "casesui.proceedings.status",
        pick(
            "proceedings-status",
            List.of(ProceedingsStatus.values()),
            vm.statusProperty(),
            CaseLabels::proceedingsStatus));
    row(status, 1, "casesui.proceedings.note", field("proceedings-note", vm.noteProperty()));
    status.add(c.button("proceedings-save", "casesui.proceedings.save", vm::saveStatus), 1, 2);

    ListView<Line> claims = CaseControls.list("case-claims", vm.claims(), 110);
    Pickers.wrapLines(claims);
    GridPane file = grid();
    row(
        file,
        0,
        "casesui.claim.route",
        pick(
            "claim-route",
            List.of(ClaimRoute.values()),
            vm.routeProperty(),
            CaseLabels::claimRoute));
    row(file, 1, "casesui.claim.currency", field("claim-currency", vm.currencyProperty()));
    TextField amount = field("claim-amount", vm.claimedProperty());
    amount.promptTextProperty().bind(context.texts().text("casesui.claim.amountHint"));
    row(file, 2, "casesui.claim.amount", amount);
    file.add(c.button("claim-file", "casesui.claim.file", vm::fileClaim), 1, 3);

    GridPane decide = grid();
    row(
        decide,
        0,
        "casesui.claim.outcome",
        pick(
            "claim-outcome",
            ProceedingsModel.OUTCOMES,
            vm.outcomeProperty(),
            CaseLabels::claimStatus));
    row(decide, 1, "casesui.claim.awardedAmount", field("claim-awarded", vm.awardedProperty()));
    row(decide, 2, "casesui.claim.decidedOn", field("claim-decided-on", vm.decidedOnProperty()));
    decide.add(c.onSelected("claim-decide", "casesui.claim.decide", claims, vm::decide), 1, 3);
    row(decide, 4, "casesui.claim.paidTotal", field("claim-paid", vm.paidProperty()));
    FlowPane payOrWithdraw =
        new FlowPane(
            6,
            6,
            c.onSelected("claim-pay", "casesui.claim.pay", claims, vm::pay),
            c.onSelected("claim-withdraw", "casesui.claim.withdraw", claims, vm::withdraw));
    decide.add(payOrWithdraw, 1, 5);

    VBox cooperationPart =
        new VBox(6, c.heading("casesui.cooperation.title"), hint, cooperationNow, cooperation);
    VBox statusPart = new VBox(6, c.heading("casesui.proceedings.title"), statusNow, status);
    VBox filePart = new VBox(6, c.heading("casesui.claim.fileTitle"), file);
    VBox decidePart = new VBox(6, c.heading("casesui.claim.selectedTitle"), decide);
    root =
        new VBox(
            10,
            halves(cooperationPart, statusPart),
            new VBox(6, c.heading("casesui.claim.title"), claims),
            halves(filePart, decidePart));
  }

  /** Two parts side by side, each half of the width: the tab fits 1366x768 without scrolling. */
  private static HBox halves(VBox left, VBox right) {
    for (VBox part : List.of(left, right)) {
      part.setPrefWidth(0);
      part.setMinWidth(0);
      HBox.setHgrow(part, Priority.ALWAYS);
    }
    return new HBox(16, left, right);
  }

  Node root() {
    return root;
  }

  private static Label line(String id, javafx.beans.value.ObservableValue<String> text) {
    Label label = new Label();
    label.setId(id);
    label.textProperty().bind(text);
    label.setWrapText(true);
    return label;
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setPercentWidth(38);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    grid.getColumnConstraints().addAll(labels, fields);
    return grid;
  }

  private void row(GridPane grid, int row, String key, javafx.scene.control.Control field) {
    Label label = c.labelFor(key, field);
    label.setWrapText(true);
    grid.add(label, 0, row);
    grid.add(field, 1, row);
  }

  private static TextField field(String id, StringProperty value) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    return field;
  }

  /**
   * A closed choice of {@code values} shown through their labels, again after a language switch.
   */
  private <T> ComboBox<T> pick(
      String id, List<T> values, ObjectProperty<T> value, Function<T, String> keyOf) {
    ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
    box.setId(id);
    box.valueProperty().bindBidirectional(value);
    box.setMaxWidth(Double.MAX_VALUE);
    Runnable labels =
        () ->
            box.setConverter(
                new StringConverter<>() {
                  private final Messages m = context.messages();

                  @Override
                  public String toString(T v) {
                    return v == null ? "" : m.text(keyOf.apply(v));
                  }

                  @Override
                  public T fromString(String s) {
                    return null;
                  }
                });
    labels.run();
    context
        .texts()
        .messagesProperty()
        .addListener(
            (o, a, b) -> {
              labels.run();
              // the closed box shows its value again only when the value changes
              T shown = box.getValue();
              box.setValue(null);
              box.setValue(shown);
            });
    return box;
  }
}
