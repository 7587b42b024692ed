package org.depder.ui.cases;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Cases area at 1366x768: on the left what is due today and the list of cases; on the right the
 * open case: its heading, the person's consents (always shown, issue 7), one tab per part of the
 * case, and the status line. Every action is a button (Tab, Space/Enter); lists are walked with the
 * arrow keys; with the tab row focused, the arrow keys switch tabs.
 */
public final class CasesView {
  private final CasesViewModel vm;
  private final LiveTexts texts;
  private final DialogService dialogs;
  private final CaseControls controls;
  private final BorderPane root = new BorderPane();
  private ConsentsModel consents;

  public CasesView(CasesViewModel vm, LiveTexts texts, DialogService dialogs) {
    this.vm = vm;
    this.texts = texts;
    this.dialogs = dialogs;
    this.controls = new CaseControls(texts);
    build();
  }

  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("cases-area");
    root.setPadding(new Insets(12));
    root.setLeft(left());

    CaseContext context = vm.context();
    Label caseHeading = new Label();
    caseHeading.setId("case-heading");
    caseHeading.textProperty().bind(vm.headingProperty());
    caseHeading.getStyleClass().add("title");
    consents = new ConsentsModel(context);
    ListView<Line> consentList = CaseControls.list("case-consents", consents.consents(), 70);
    HBox.setHgrow(consentList, Priority.ALWAYS);
    HBox consentRow =
        new HBox(
            6,
            consentList,
            controls.onSelected(
                "consent-withdraw", "casesui.consent.withdraw", consentList, consents::withdraw));
    TabPane tabs = new TabPane(tabs(context));
    tabs.setId("case-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    Label status = new Label();
    status.setId("cases-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    VBox detail =
        new VBox(6, caseHeading, controls.heading("casesui.consent.title"), consentRow, tabs);
    VBox.setVgrow(detail, Priority.ALWAYS);
    // "New case" shows its form in place of the open case; the status line stays below both
    Node form = new NewCasePane(vm, texts, controls).root();
    var newCase = vm.newCase().shownProperty();
    form.visibleProperty().bind(newCase);
    form.managedProperty().bind(newCase);
    detail.visibleProperty().bind(newCase.not());
    detail.managedProperty().bind(newCase.not());
    VBox.setVgrow(form, Priority.ALWAYS);
    VBox right = new VBox(6, detail, form, status);
    right.setPadding(new Insets(0, 0, 0, 16));
    HBox.setHgrow(right, Priority.ALWAYS);
    root.setCenter(right);
  }

  /** One tab per part of the open case, in the order of the usual path. */
  private Tab[] tabs(CaseContext context) {
    return new Tab[] {
      tab("case-tab-overview", "casesui.tab.overview", overview()),
      tab("case-tab-consents", "casesui.tab.consents", consentsTab(context)),
      tab(
          "case-tab-referrals",
          "casesui.tab.referrals",
          new ReferralsPane(new ReferralsModel(context), controls, this::print).root()),
      tab(
          "case-tab-repatriation",
          "casesui.tab.repatriation",
          RepatriationPane.of(context, controls)),
      tab(
          "case-tab-plan",
          "casesui.tab.plan",
          new PlanPane(new PlanModel(context), controls, texts).root()),
      tab(
          "case-tab-followups",
          "casesui.tab.followups",
          new FollowUpsPane(new FollowUpsModel(context), controls, texts).root()),
      tab(
          "case-tab-proceedings",
          "casesui.tab.proceedings",
          new ProceedingsPane(new ProceedingsModel(context), context, controls).root()),
      tab("case-tab-transfer", "casesui.tab.transfer", TransferPane.of(context, controls)),
    };
  }

  /** The Consents tab; withdrawing in the strip above shows the withdrawn consent's details. */
  private Node consentsTab(CaseContext context) {
    ConsentFormModel form = new ConsentFormModel(context);
    consents.onWithdrawn(form::showDetails);
    ConsentPickers pickers = new ConsentPickers(context, controls);
    BestInterestsModel decisions = new BestInterestsModel(context);
    form.alsoScope(decisions.scopeProperty());
    Node best = new BestInterestsPane(decisions, form.services(), pickers, controls, texts).root();
    return new ConsentsPane(form, consents, best, pickers, controls, texts).root();
  }

  private Node overview() {
    return new OverviewPane(new OverviewModel(vm.context(), vm::welayats), vm, texts, controls)
        .root();
  }

  private Tab tab(String id, String key, Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setPadding(new Insets(8));
    Tab tab = new Tab();
    tab.setId(id);
    tab.textProperty().bind(texts.text(key));
    tab.setContent(scroll);
    return tab;
  }

  private VBox left() {
    ListView<Line> due = CaseControls.list("cases-due", vm.due(), 140);
    ListView<Line> cases = CaseControls.list("cases-list", vm.cases(), 360);
    cases
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> vm.selectedProperty().set(b));
    due.setOnMouseClicked(e -> openFromDue(due));
    due.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openFromDue(due);
          }
        });
    VBox left =
        new VBox(
            8,
            controls.heading("casesui.due.title"),
            due,
            controls.heading("casesui.list.title"),
            cases,
            new HBox(
                8,
                controls.button("cases-new", "casesui.newCase.button", vm.newCase()::start),
                controls.button("cases-refresh", "casesui.refresh", vm::refresh)));
    left.setPrefWidth(330);
    left.setMinWidth(280);
    return left;
  }

  private void openFromDue(ListView<Line> due) {
    Line line = due.getSelectionModel().getSelectedItem();
    if (line != null) {
      vm.open(line.id());
    }
  }

  private void print(ReferralsModel referrals, Line referral) {
    dialogs
        .chooseFileToSave(
            texts.messages().text("casesui.referral.letter"),
            new DialogService.FileType(texts.messages().text("casesui.letter.pdf"), "pdf"),
            "referral.pdf")
        .ifPresent(path -> referrals.printLetter(referral, path));
  }
}
