package org.depder.ui.screening;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import org.depder.app.screening.ReferralTarget;
import org.depder.app.screening.Urgency;

/** Step 9: referrals (suggested from the outcome), urgency, hotline card, follow-up. */
final class ActionStepView {
  private ActionStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    ActionStepModel m = vm.action();
    FlowPane referrals = new FlowPane(16, 8);
    for (ReferralTarget target : ReferralTarget.values()) {
      referrals
          .getChildren()
          .add(
              c.check(
                  "referral-" + target.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                  target.key(),
                  m.referralProperty(target)));
    }
    GridPane form = Choices.form();
    c.row(form, "screening.action.referrals", referrals);
    c.row(
        form,
        "screening.action.urgency",
        c.toggles("urgency", List.of(Urgency.values()), Urgency::key, m.urgencyProperty()));
    form.add(
        c.check("hotline-card", "screening.action.hotlineCard", m.hotlineCardGivenProperty()),
        1,
        form.getRowCount());
    form.add(InformationCardButton.build(vm.informationCard(), vm.texts()), 1, form.getRowCount());
    c.row(
        form,
        "screening.action.followUpOwner",
        c.field("follow-up-owner", m.followUpOwnerProperty(), 20));
    DatePicker date = new DatePicker();
    date.setId("follow-up-date");
    date.valueProperty().bindBidirectional(m.followUpOnProperty());
    c.row(form, "screening.action.followUpOn", date);
    Node childHint = c.hint("screening.action.childHint");
    childHint.visibleProperty().bind(vm.childPathProperty());
    childHint.managedProperty().bind(childHint.visibleProperty());
    return Choices.section(c.hint("screening.action.hint"), childHint, form);
  }
}
