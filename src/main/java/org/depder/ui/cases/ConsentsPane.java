package org.depder.ui.cases;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.app.cases.CaseLabels;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Consents tab: on the left the form for any answer (purpose, service, given or refused, by
 * whom, how, in which language, a child's views) with whose answer counts for this case; on the
 * right the recorded answers with the details of the selected one, and under them the
 * best-interests decisions of a child's case. Everything is reached with Tab; choices change with
 * the arrow keys.
 */
final class ConsentsPane {
  private final HBox root;
  private final ConsentPickers p;
  private final CaseControls c;

  ConsentsPane(
      ConsentFormModel form,
      ConsentsModel consents,
      Node bestInterests,
      ConsentPickers pickers,
      CaseControls controls,
      LiveTexts texts) {
    this.p = pickers;
    this.c = controls;
    VBox left = form(form, texts);
    VBox right = new VBox(10, answers(form, consents), bestInterests);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    left.setPrefWidth(420);
    right.setPrefWidth(420);
    root = new HBox(16, left, right);
  }

  Node root() {
    return root;
  }

  private VBox form(ConsentFormModel vm, LiveTexts texts) {
    ComboBox<ConsentPurpose> purpose =
        p.pick(
            "consent-form-purpose",
            List.of(ConsentPurpose.values()),
            vm.purposeProperty(),
            CaseLabels::consentPurpose);
    ComboBox<String> scope = p.services("consent-form-scope", vm.services(), vm.scopeProperty());
    scope.disableProperty().bind(vm.scopedProperty().not());
    ComboBox<ConsentDecision> decision =
        p.pick(
            "consent-form-decision",
            List.of(ConsentDecision.values()),
            vm.decisionProperty(),
            d ->
                d == ConsentDecision.GIVEN
                    ? "casesui.consentForm.decisionGiven"
                    : "casesui.consentForm.decisionRefused");
    ComboBox<ConsentGiver> giver =
        p.pick(
            "consent-form-giver",
            List.of(ConsentGiver.values()),
            vm.givenByProperty(),
            CaseLabels::consentGiver);
    ComboBox<ConsentForm> how =
        p.pick(
            "consent-form-form",
            List.of(ConsentForm.values()),
            vm.formProperty(),
            CaseLabels::consentForm);
    ComboBox<String> language = new ComboBox<>(vm.languages());
    language.setId("consent-form-language");
    language.valueProperty().bindBidirectional(vm.languageProperty());
    p.converter(language, (m, code) -> p.texts().languageName(code));
    TextField views = new TextField();
    views.setId("consent-form-child-views");
    views.textProperty().bindBidirectional(vm.childViewsProperty());
    views.disableProperty().bind(vm.childProperty().not());
    GridPane grid = p.grid();
    p.row(grid, 0, "casesui.consentForm.purpose", purpose);
    p.row(grid, 1, "casesui.consentForm.scope", scope);
    p.row(grid, 2, "casesui.consentForm.decision", decision);
    p.row(grid, 3, "casesui.consentForm.givenBy", giver);
    p.row(grid, 4, "casesui.consentForm.form", how);
    p.row(grid, 5, "casesui.consentForm.language", language);
    p.row(grid, 6, "casesui.consentForm.childViews", views);
    Label ask = ConsentPickers.wrapped("consent-form-hint");
    ask.textProperty().bind(texts.text("casesui.consentForm.hint"));
    Label rule = ConsentPickers.wrapped("consent-form-rule");
    rule.textProperty().bind(vm.ruleProperty());
    return new VBox(
        6,
        c.heading("casesui.consentForm.title"),
        ask,
        grid,
        rule,
        c.button("consent-form-record", "casesui.consentForm.record", vm::record));
  }

  private VBox answers(ConsentFormModel vm, ConsentsModel consents) {
    ListView<Line> list = CaseControls.list("consent-list", consents.consents(), 110);
    ConsentPickers.wrapLines(list);
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.showDetails(b));
    Label details = ConsentPickers.wrapped("consent-details");
    details.textProperty().bind(vm.detailsProperty());
    return new VBox(6, c.heading("casesui.consentDetails.title"), list, details);
  }
}
