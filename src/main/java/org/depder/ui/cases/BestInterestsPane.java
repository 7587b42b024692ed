package org.depder.ui.cases;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.depder.app.cases.CaseLabels;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The best-interests decisions of a child's case: record one (purpose, service, reason) and revoke
 * the selected one. For an adult's case the section says it is for children only and is disabled.
 */
final class BestInterestsPane {
  private final VBox root;

  BestInterestsPane(
      BestInterestsModel vm,
      ObservableList<String> services,
      ConsentPickers p,
      CaseControls c,
      LiveTexts texts) {
    ComboBox<ConsentPurpose> purpose =
        p.pick(
            "best-interests-purpose",
            List.of(ConsentPurpose.values()),
            vm.purposeProperty(),
            CaseLabels::consentPurpose);
    ComboBox<String> scope = p.services("best-interests-scope", services, vm.scopeProperty());
    scope
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !ConsentTexts.scoped(vm.purposeProperty().get()), vm.purposeProperty()));
    TextField reason = new TextField();
    reason.setId("best-interests-reason");
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    GridPane grid = p.grid();
    p.row(grid, 0, "casesui.consentForm.purpose", purpose);
    p.row(grid, 1, "casesui.consentForm.scope", scope);
    p.row(grid, 2, "casesui.bestInterests.reason", reason);
    Label hint = ConsentPickers.wrapped("best-interests-hint");
    hint.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    texts
                        .messages()
                        .text(
                            vm.childProperty().get()
                                ? "casesui.bestInterests.hint"
                                : "casesui.bestInterests.adult"),
                vm.childProperty(),
                texts.messagesProperty()));
    ListView<Line> list = CaseControls.list("best-interests-list", vm.decisions(), 90);
    ConsentPickers.wrapLines(list);
    HBox actions =
        new HBox(
            6,
            c.button("best-interests-record", "casesui.bestInterests.record", vm::record),
            c.onSelected(
                "best-interests-revoke", "casesui.bestInterests.revoke", list, vm::revoke));
    VBox form = new VBox(6, grid, actions, list);
    form.disableProperty().bind(vm.childProperty().not());
    root = new VBox(6, c.heading("casesui.bestInterests.title"), hint, form);
  }

  Node root() {
    return root;
  }
}
