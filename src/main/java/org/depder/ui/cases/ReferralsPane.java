package org.depder.ui.cases;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.depder.ui.cases.CasesViewModel.Line;

/** The Referrals tab: the open case's referrals and the actions of their lifecycle. */
final class ReferralsPane {
  private final VBox root;

  /**
   * @param print asks where to save the letter of the selected referral, then prints it
   */
  ReferralsPane(ReferralsModel vm, CaseControls c, BiConsumer<ReferralsModel, Line> print) {
    ListView<Line> referrals = CaseControls.list("case-referrals", vm.referrals(), 150);
    FlowPane actions = new FlowPane(6, 6);
    actions
        .getChildren()
        .addAll(
            c.onSelected(
                "consent-record", "casesui.consent.record", referrals, vm::recordConsentFor),
            c.onSelected("referral-send", "casesui.referral.send", referrals, vm::send),
            c.onSelected("referral-accept", "casesui.referral.accept", referrals, vm::accept),
            c.onSelected("referral-deliver", "casesui.referral.deliver", referrals, vm::deliver),
            c.onSelected("referral-close", "casesui.referral.close", referrals, vm::closeReferral),
            c.onSelected(
                "referral-letter",
                "casesui.referral.letter",
                referrals,
                line -> print.accept(vm, line)));
    root = new VBox(6, c.heading("casesui.referral.title"), referrals, actions);
  }

  Node root() {
    return root;
  }
}
