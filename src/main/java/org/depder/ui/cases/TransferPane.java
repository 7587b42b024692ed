package org.depder.ui.cases;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Transfer tab: who has the case now and the plain rule that nothing changes hands until the
 * receiver accepts; the case's transfers with Accept, Decline and Cancel; a compact request form (a
 * user of this laptop or the id of one elsewhere, a welaýat, the reason).
 */
final class TransferPane {
  private final VBox root;

  TransferPane(TransferModel vm, CaseControls c, LiveTexts texts) {
    Pickers pick = new Pickers(texts);
    Label owner = new Label();
    owner.setId("transfer-owner");
    owner.setWrapText(true);
    owner.textProperty().bind(vm.ownerProperty());
    ListView<Line> transfers = CaseControls.list("case-transfers", vm.transfers(), 110);
    FlowPane answers = new FlowPane(6, 6);
    answers
        .getChildren()
        .addAll(c.onSelected("transfer-accept", "casesui.transfer.accept", transfers, vm::accept));

    ComboBox<String> worker =
        pick.combo("transfer-worker", vm.workers(), vm::workerName, vm.workerProperty());
    TextField workerId = Pickers.field("transfer-worker-id", vm.workerIdProperty());
    ComboBox<String> region =
        pick.combo("transfer-region", vm.regions(), vm::regionName, vm.regionProperty());
    TextField reason = Pickers.field("transfer-reason", vm.reasonProperty());
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    ColumnConstraints label = new ColumnConstraints();
    ColumnConstraints field = new ColumnConstraints();
    field.setHgrow(Priority.ALWAYS);
    field.setPercentWidth(32);
    form.getColumnConstraints().addAll(label, field, label, field);
    form.addRow(
        0,
        c.labelFor("casesui.transfer.worker", worker),
        worker,
        c.labelFor("casesui.transfer.workerId", workerId),
        workerId);
    form.addRow(
        1,
        c.labelFor("casesui.transfer.region", region),
        region,
        c.labelFor("casesui.transfer.reason", reason),
        reason);
    form.add(c.button("transfer-request", "casesui.transfer.request", vm::request), 1, 2);
    root =
        new VBox(
            6,
            c.heading("casesui.transfer.title"),
            owner,
            transfers,
            answers,
            c.heading("casesui.transfer.requestTitle"),
            form);
  }

  /** The tab's content over the bundled reference data's welaýats. */
  static Node of(CaseContext context, CaseControls controls) {
    return new TransferPane(new TransferModel(context, Welayats.BUNDLED), controls, context.texts())
        .root();
  }

  Node root() {
    return root;
  }
}
