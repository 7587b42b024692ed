package org.depder.ui.cases;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.depder.app.cases.CaseLabels;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Repatriation tab: the return's tasks, then a compact two-column form (owner and date; plan
 * the return or add one task; the receiver of the hand-over; mark the selected task done with a
 * note). The date is typed as 2026-04-03 (a date picker is not usable by keyboard in every
 * language); Tab walks the form, arrows choose in the picklists, Space presses.
 */
final class RepatriationPane {
  private final VBox root;

  /** The tab's content over the bundled reference data's welaýats. */
  static Node of(CaseContext context, CaseControls controls) {
    return new RepatriationPane(
            new RepatriationModel(context, Welayats.BUNDLED), controls, context.texts())
        .root();
  }

  RepatriationPane(RepatriationModel vm, CaseControls c, LiveTexts texts) {
    Pickers pick = new Pickers(texts);
    ListView<Line> tasks = CaseControls.list("case-repatriation", vm.tasks(), 130);
    Pickers.wrapLines(tasks);
    Label warning = new Label();
    warning.setId("repatriation-warning");
    warning.setWrapText(true);
    warning.getStyleClass().add("warning");
    warning.textProperty().bind(vm.warningProperty());
    warning.managedProperty().bind(warning.textProperty().isNotEmpty());
    warning.visibleProperty().bind(warning.textProperty().isNotEmpty());

    ComboBox<String> owner =
        pick.combo("repatriation-owner", vm.owners(), vm::nameOf, vm.ownerProperty());
    TextField date = Pickers.field("repatriation-date", vm.dateProperty());
    ComboBox<RepatriationTaskKind> kind =
        pick.combo(
            "repatriation-kind",
            FXCollections.observableList(List.of(RepatriationTaskKind.values())),
            k -> texts.messages().text(CaseLabels.repatriationTask(k)),
            vm.kindProperty());
    kind.setMaxWidth(360);
    Label hint = new Label();
    hint.textProperty().bind(texts.text("casesui.repatriation.dateHint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    FlowPane planning = new FlowPane(6, 6);
    planning
        .getChildren()
        .addAll(
            c.button("repatriation-plan", "casesui.repatriation.plan", vm::plan),
            kind,
            c.button("repatriation-add", "casesui.repatriation.add", vm::addTask));

    TextField receiver = Pickers.field("handover-receiver", vm.receiverProperty());
    ComboBox<String> region =
        pick.combo("handover-region", vm.regions(), vm::regionName, vm.regionProperty());
    TextField note = Pickers.field("repatriation-note", vm.noteProperty());

    GridPane form = Pickers.twoColumns();
    form.addRow(
        0,
        Pickers.labelled(c.labelFor("casesui.repatriation.owner", owner), owner),
        Pickers.labelled(c.labelFor("casesui.repatriation.date", date), date));
    form.add(hint, 0, 1, 2, 1);
    form.add(planning, 0, 2, 2, 1);
    form.add(c.heading("casesui.repatriation.handOverTitle"), 0, 3, 2, 1);
    form.addRow(
        4,
        Pickers.labelled(c.labelFor("casesui.repatriation.receiverLabel", receiver), receiver),
        Pickers.labelled(c.labelFor("casesui.repatriation.region", region), region));
    form.add(
        c.button(
            "handover-save",
            "casesui.repatriation.saveReceiver",
            () -> vm.handOver(tasks.getSelectionModel().getSelectedItem())),
        0,
        5,
        2,
        1);
    form.add(c.heading("casesui.repatriation.doneTitle"), 0, 6, 2, 1);
    form.addRow(
        7,
        Pickers.labelled(c.labelFor("casesui.repatriation.note", note), note),
        Pickers.labelled(
            new Label(),
            c.onSelected(
                "repatriation-done", "casesui.repatriation.markDone", tasks, vm::markDone)));
    root = new VBox(6, c.heading("casesui.repatriation.title"), tasks, warning, form);
  }

  Node root() {
    return root;
  }
}
