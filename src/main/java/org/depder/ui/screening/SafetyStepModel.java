package org.depder.ui.screening;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.screening.ScreeningDraft;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.SafetyGate;

/** Step 2: the safety gate, asked before anything else about the person. */
public final class SafetyStepModel {
  private final ObjectProperty<Answer> aloneAndSafe = new SimpleObjectProperty<>();
  private final ObjectProperty<Answer> immediateDanger = new SimpleObjectProperty<>();
  private final ObjectProperty<Answer> urgentMedicalNeed = new SimpleObjectProperty<>();
  private final ObjectProperty<Answer> apparentChild = new SimpleObjectProperty<>();

  SafetyStepModel(DraftEditor editor) {
    Runnable gate =
        () ->
            editor.edit(
                d ->
                    d.withGate(
                        new SafetyGate(
                            orUnknown(aloneAndSafe.get()),
                            orUnknown(immediateDanger.get()),
                            orUnknown(urgentMedicalNeed.get()),
                            orUnknown(apparentChild.get()))));
    for (ObjectProperty<Answer> p :
        List.of(aloneAndSafe, immediateDanger, urgentMedicalNeed, apparentChild)) {
      p.addListener((o, a, b) -> gate.run());
    }
  }

  void fill(ScreeningDraft draft) {
    aloneAndSafe.set(shown(draft.gate().aloneAndSafeToTalk()));
    immediateDanger.set(shown(draft.gate().immediateDanger()));
    urgentMedicalNeed.set(shown(draft.gate().urgentMedicalNeed()));
    apparentChild.set(shown(draft.gate().apparentChild()));
  }

  /** Unknown is how the draft says "not answered"; the gate offers only Yes and No. */
  private static Answer shown(Answer answer) {
    return answer == Answer.UNKNOWN ? null : answer;
  }

  private static Answer orUnknown(Answer answer) {
    return answer == null ? Answer.UNKNOWN : answer;
  }

  public ObjectProperty<Answer> aloneAndSafeProperty() {
    return aloneAndSafe;
  }

  public ObjectProperty<Answer> immediateDangerProperty() {
    return immediateDanger;
  }

  public ObjectProperty<Answer> urgentMedicalNeedProperty() {
    return urgentMedicalNeed;
  }

  public ObjectProperty<Answer> apparentChildProperty() {
    return apparentChild;
  }
}
