package org.depder.ui.cases;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.depder.ui.cases.CasesViewModel.Line;

/** The follow-up visits of the open case. */
final class FollowUpsPane {
  private final VBox root;

  FollowUpsPane(FollowUpsModel vm, CaseControls c) {
    ListView<Line> visits = CaseControls.list("case-followups", vm.visits(), 150);
    HBox actions =
        new HBox(
            6,
            c.button("followups-schedule", "casesui.followup.schedule", vm::schedule),
            c.onSelected("followup-record", "casesui.followup.record", visits, vm::record));
    root = new VBox(6, c.heading("casesui.followup.title"), visits, actions);
  }

  Node root() {
    return root;
  }
}
