package org.depder.ui.screening;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.screening.ChildProtection;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.VerbalConsent;

/**
 * Step 3: verbal consent to be asked questions, and for a child, the guardian or child-protection
 * officer (UNICEF, DOMAIN 1.7).
 */
public final class ConsentStepModel {
  private final ObjectProperty<VerbalConsent> consent = new SimpleObjectProperty<>();
  private final BooleanProperty officerInformed = new SimpleBooleanProperty();
  private final BooleanProperty officerPresent = new SimpleBooleanProperty();
  private final StringProperty officerName = new SimpleStringProperty("");

  ConsentStepModel(DraftEditor editor) {
    consent.addListener(
        (o, a, b) ->
            editor.edit(d -> d.withVerbalConsent(b == null ? VerbalConsent.NOT_ASKED : b)));
    Runnable child =
        () ->
            editor.edit(
                d ->
                    d.withChildProtection(
                        new ChildProtection(
                            officerInformed.get(),
                            officerPresent.get(),
                            officerName.get() == null ? "" : officerName.get().strip())));
    officerInformed.addListener((o, a, b) -> child.run());
    officerPresent.addListener((o, a, b) -> child.run());
    officerName.addListener((o, a, b) -> child.run());
  }

  void fill(ScreeningDraft draft) {
    consent.set(draft.verbalConsent() == VerbalConsent.NOT_ASKED ? null : draft.verbalConsent());
    officerInformed.set(draft.childProtection().officerInformed());
    officerPresent.set(draft.childProtection().officerPresent());
    officerName.set(draft.childProtection().officerName());
  }

  public ObjectProperty<VerbalConsent> consentProperty() {
    return consent;
  }

  public BooleanProperty officerInformedProperty() {
    return officerInformed;
  }

  public BooleanProperty officerPresentProperty() {
    return officerPresent;
  }

  public StringProperty officerNameProperty() {
    return officerName;
  }
}
