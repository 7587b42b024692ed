package org.depder.ui.screening;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.screening.ConsentDecision;
import org.depder.app.screening.ConsentPurpose;
import org.depder.app.screening.ScreeningDraft;

/** Step 8: rights explained, and a separate, revocable decision for each purpose. */
public final class ConsentDecisionsStepModel {
  private final BooleanProperty rightsExplained = new SimpleBooleanProperty();
  private final Map<ConsentPurpose, ObjectProperty<ConsentDecision>> decisions =
      new EnumMap<>(ConsentPurpose.class);

  ConsentDecisionsStepModel(DraftEditor editor) {
    rightsExplained.addListener(
        (o, a, b) -> editor.edit(d -> d.withConsents(d.consents().withRightsExplained(b))));
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      ObjectProperty<ConsentDecision> decision = new SimpleObjectProperty<>();
      decision.addListener(
          (o, a, b) -> {
            if (b != null) {
              editor.edit(d -> d.withConsents(d.consents().decide(purpose, b)));
            }
          });
      decisions.put(purpose, decision);
    }
  }

  void fill(ScreeningDraft draft) {
    rightsExplained.set(draft.consents().rightsExplained());
    decisions.forEach((p, d) -> d.set(draft.consents().decision(p).orElse(null)));
  }

  public BooleanProperty rightsExplainedProperty() {
    return rightsExplained;
  }

  public ObjectProperty<ConsentDecision> decisionProperty(ConsentPurpose purpose) {
    return decisions.get(purpose);
  }
}
