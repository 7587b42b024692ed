package org.depder.ui.screening;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.depder.app.screening.ConsentDecision;
import org.depder.app.screening.ConsentPurpose;

/** Step 8: rights explained, then one decision per purpose; each can be withdrawn later. */
final class ConsentDecisionsStepView {
  private ConsentDecisionsStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    ConsentDecisionsStepModel m = vm.consents();
    GridPane form = Choices.form();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      c.row(
          form,
          purpose.key(),
          c.toggles(
              "consent-" + purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              List.of(ConsentDecision.values()),
              ConsentDecision::key,
              m.decisionProperty(purpose)));
    }
    return Choices.section(
        c.check(
            "rights-explained", "screening.consents.rightsExplained", m.rightsExplainedProperty()),
        c.hint("screening.consents.hint"),
        form);
  }
}
