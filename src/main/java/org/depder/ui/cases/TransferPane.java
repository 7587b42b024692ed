package org.depder.ui.cases;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
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

  /** The tab's content over the bundled reference data's welaýats. */
  static Node of(CaseContext context, CaseControls controls) {
    return new TransferPane(new TransferModel(context, Welayats.BUNDLED), controls, context.texts())
        .root();
  }

  TransferPane(TransferModel vm, CaseControls c, LiveTexts texts) {
    Pickers pick = new Pickers(texts);
    Label owner = new Label();
    owner.setId("transfer-owner");
    owner.setWrapText(true);
    owner.textProperty().bind(vm.ownerProperty());
    ListView<Line> transfers = CaseControls.list("case-transfers", vm.transfers(), 110);
    Pickers.wrapLines(transfers);
    FlowPane answers = new FlowPane(6, 6);
    answers
        .getChildren()
        .addAll(
            c.onSelected("transfer-accept", "casesui.transfer.accept", transfers, vm::accept),
            c.onSelected("transfer-decline", "casesui.transfer.decline", transfers, vm::decline),
            c.onSelected("transfer-cancel", "casesui.transfer.cancel", transfers, vm::cancel));

    ComboBox<String> worker =
        pick.combo("transfer-worker", vm.workers(), vm::workerName, vm.workerProperty());
    TextField workerId = Pickers.field("transfer-worker-id", vm.workerIdProperty());
    ComboBox<String> region =
        pick.combo("transfer-region", vm.regions(), vm::regionName, vm.regionProperty());
    TextField reason = Pickers.field("transfer-reason", vm.reasonProperty());
    GridPane form = Pickers.twoColumns();
    form.addRow(
        0,
        Pickers.labelled(c.labelFor("casesui.transfer.worker", worker), worker),
        Pickers.labelled(c.labelFor("casesui.transfer.workerId", workerId), workerId));
    form.addRow(
        1,
        Pickers.labelled(c.labelFor("casesui.transfer.region", region), region),
        Pickers.labelled(c.labelFor("casesui.transfer.reason", reason), reason));
    form.add(c.button("transfer-request", "casesui.transfer.request", vm::request), 0, 2, 2, 1);
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

  Node root() {
    return root;
  }
}
