package org.depder.ui.screening;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.depder.app.screening.VerbalConsent;

/** Step 3: explain, ask, accept a No; for a child, the officer or guardian. */
final class ConsentStepView {
  private ConsentStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    ConsentStepModel m = vm.consent();
    Label explain = c.label("screening.consent.explain");
    explain.getStyleClass().add("text-bold");
    GridPane form = Choices.form();
    c.row(
        form,
        "screening.consent.question",
        c.toggles(
            "consent",
            List.of(VerbalConsent.GIVEN, VerbalConsent.REFUSED),
            ConsentStepView::key,
            m.consentProperty()));
    VBox child =
        Choices.section(
            c.heading("screening.child.heading"),
            c.hint("screening.child.hint"),
            c.check(
                "child-officer-informed",
                "screening.child.officerInformed",
                m.officerInformedProperty()),
            c.check(
                "child-officer-present",
                "screening.child.officerPresent",
                m.officerPresentProperty()),
            labelled(
                c,
                "screening.child.officerName",
                c.field("child-officer-name", m.officerNameProperty(), 24)));
    child.visibleProperty().bind(vm.childPathProperty());
    child.managedProperty().bind(child.visibleProperty());
    return Choices.section(explain, c.hint("screening.consent.hint"), form, child);
  }

  static Node labelled(Choices c, String key, Node control) {
    GridPane grid = Choices.form();
    c.row(grid, key, control);
    return grid;
  }

  private static String key(VerbalConsent consent) {
    return consent == VerbalConsent.GIVEN ? "screening.consent.yes" : "screening.consent.no";
  }
}
