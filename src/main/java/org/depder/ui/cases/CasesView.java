package org.depder.ui.cases;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;

/**
 * The Cases area at 1366x768: on the left what is due today and the list of cases, on the right the
 * open case with its history, consents (always shown), referrals with their actions and follow-ups.
 * Every action is a button (Tab, Space/Enter); lists are walked with the arrow keys.
 */
public final class CasesView {
  private final CasesViewModel vm;
  private final LiveTexts texts;
  private final DialogService dialogs;
  private final BorderPane root = new BorderPane();

  public CasesView(CasesViewModel vm, LiveTexts texts, DialogService dialogs) {
    this.vm = vm;
    this.texts = texts;
    this.dialogs = dialogs;
    build();
  }

  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("cases-area");
    root.setPadding(new Insets(12));
    ListView<CasesViewModel.Line> due = list("cases-due", vm.due(), 140);
    ListView<CasesViewModel.Line> cases = list("cases-list", vm.cases(), 360);
    cases
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> vm.selectedProperty().set(b));
    due.setOnMouseClicked(e -> openFromDue(due));
    due.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            openFromDue(due);
          }
        });
    VBox left =
        new VBox(
            8,
            heading("casesui.due.title"),
            due,
            heading("casesui.list.title"),
            cases,
            button("cases-refresh", "casesui.refresh", vm::refresh));
    left.setPrefWidth(430);
    root.setLeft(left);

    Label caseHeading = new Label();
    caseHeading.setId("case-heading");
    caseHeading.textProperty().bind(vm.headingProperty());
    caseHeading.getStyleClass().add("title");
    ListView<CasesViewModel.Line> history = list("case-history", vm.history(), 110);
    ListView<CasesViewModel.Line> consents = list("case-consents", vm.consents(), 80);
    ListView<CasesViewModel.Line> referrals = list("case-referrals", vm.referrals(), 100);
    ListView<CasesViewModel.Line> visits = list("case-followups", vm.followUps(), 100);
    Consumer<Consumer<CasesViewModel.Line>> onReferral =
        action ->
            Optional.ofNullable(referrals.getSelectionModel().getSelectedItem()).ifPresent(action);
    HBox consentActions =
        new HBox(
            6,
            button(
                "consent-record",
                "casesui.consent.record",
                () -> onReferral.accept(vm::recordConsentFor)),
            button(
                "consent-withdraw",
                "casesui.consent.withdraw",
                () ->
                    Optional.ofNullable(consents.getSelectionModel().getSelectedItem())
                        .ifPresent(vm::withdrawConsent)));
    HBox referralActions =
        new HBox(
            6,
            button("referral-send", "casesui.referral.send", () -> onReferral.accept(vm::send)),
            button(
                "referral-accept", "casesui.referral.accept", () -> onReferral.accept(vm::accept)),
            button(
                "referral-deliver",
                "casesui.referral.deliver",
                () -> onReferral.accept(vm::deliver)),
            button(
                "referral-close",
                "casesui.referral.close",
                () -> onReferral.accept(vm::closeReferral)),
            button(
                "referral-letter",
                "casesui.referral.letter",
                () -> onReferral.accept(this::print)));
    HBox visitActions =
        new HBox(
            6,
            button("followups-schedule", "casesui.followup.schedule", vm::scheduleFollowUps),
            button(
                "followup-record",
                "casesui.followup.record",
                () ->
                    Optional.ofNullable(visits.getSelectionModel().getSelectedItem())
                        .ifPresent(vm::recordVisit)));
    Label status = new Label();
    status.setId("cases-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    VBox detail =
        new VBox(
            6,
            caseHeading,
            heading("casesui.history.title"),
            history,
            heading("casesui.consent.title"),
            consents,
            consentActions,
            heading("casesui.referral.title"),
            referrals,
            referralActions,
            heading("casesui.followup.title"),
            visits,
            visitActions,
            button("case-close", "casesui.case.close", vm::closeCase),
            status);
    detail.setPadding(new Insets(0, 0, 0, 16));
    HBox.setHgrow(detail, Priority.ALWAYS);
    root.setCenter(detail);
  }

  private void openFromDue(ListView<CasesViewModel.Line> due) {
    CasesViewModel.Line line = due.getSelectionModel().getSelectedItem();
    if (line != null) {
      vm.open(line.id());
    }
  }

  private void print(CasesViewModel.Line referral) {
    dialogs
        .chooseFileToSave(
            texts.messages().text("casesui.referral.letter"),
            new DialogService.FileType(texts.messages().text("casesui.letter.pdf"), "pdf"),
            "referral.pdf")
        .ifPresent(path -> vm.printLetter(referral, path));
  }

  private static <T> ListView<T> list(
      String id, javafx.collections.ObservableList<T> items, double height) {
    ListView<T> view = new ListView<>(items);
    view.setId(id);
    view.setPrefHeight(height);
    return view;
  }

  private Label heading(String key) {
    Label label = new Label();
    label.textProperty().bind(texts.text(key));
    label.getStyleClass().add("section");
    return label;
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button();
    b.setId(id);
    b.textProperty().bind(texts.text(key));
    b.setOnAction(e -> action.run());
    return b;
  }
}
