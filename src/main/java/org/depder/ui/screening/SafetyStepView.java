package org.depder.ui.screening;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.depder.domain.screening.Answer;

/** Step 2: the four safety questions, each Yes or No. */
final class SafetyStepView {
  private SafetyStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    SafetyStepModel m = vm.safety();
    GridPane form = Choices.form();
    question(c, form, "gate-alone", "screening.gate.aloneAndSafe", m.aloneAndSafeProperty());
    question(c, form, "gate-danger", "screening.gate.immediateDanger", m.immediateDangerProperty());
    question(c, form, "gate-medical", "screening.gate.medicalNeed", m.urgentMedicalNeedProperty());
    question(c, form, "gate-child", "screening.gate.apparentChild", m.apparentChildProperty());
    return Choices.section(c.hint("screening.gate.hint"), form);
  }

  private static void question(
      Choices c, GridPane form, String id, String key, ObjectProperty<Answer> property) {
    c.row(
        form, key, c.toggles(id, List.of(Answer.YES, Answer.NO), DomainTexts::answerKey, property));
  }
}
