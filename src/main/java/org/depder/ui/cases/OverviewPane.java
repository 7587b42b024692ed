package org.depder.ui.cases;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.app.cases.CaseLabels;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.Stage;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Overview tab: the case's facts in two labelled columns, the stage history, "Record a stage"
 * with its note, the follow-up status, and closing (Closed or Closed-referred, with a note), which
 * is confirmed with a second button because nothing can be changed afterwards.
 */
final class OverviewPane {
  private final VBox root;
  private final GridPane facts = new GridPane();
  private final OverviewModel vm;

  OverviewPane(OverviewModel vm, CasesViewModel area, LiveTexts texts, CaseControls c) {
    this.vm = vm;
    facts.setId("case-facts");
    facts.setHgap(10);
    facts.setVgap(4);
    for (int i = 0; i < 4; i++) {
      ColumnConstraints col = new ColumnConstraints();
      col.setHgrow(i % 2 == 1 ? Priority.ALWAYS : Priority.NEVER);
      if (i % 2 == 0) {
        // a fact's name is never cut short (Russian names are long); its value wraps instead
        col.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      }
      facts.getColumnConstraints().add(col);
    }
    vm.facts().addListener((ListChangeListener<OverviewModel.Fact>) ch -> showFacts());

    ListView<Line> history = CaseControls.list("case-history", area.history(), 130);

    ComboBox<Stage> stage =
        CaseChoices.combo(
            texts,
            "case-stage",
            OverviewModel.STAGES,
            (m, s) -> m.text(CaseLabels.stage(s)),
            vm.stageProperty());
    fixedWidth(stage, 300);
    TextField stageNote = note("case-stage-note", texts, vm.stageNoteProperty());
    HBox.setHgrow(stageNote, Priority.ALWAYS);
    Button record = c.button("case-stage-record", "casesui.overview.recordStage", vm::recordStage);
    HBox stageRow = new HBox(6, stage, stageNote, record);

    Button followUp = c.button("case-followup-status", "casesui.overview.setFollowUp", () -> {});
    followUp.setOnAction(e -> vm.toggleFollowUp());
    followUp
        .textProperty()
        .bind(
            Bindings.when(vm.followUpProperty())
                .then(texts.text("casesui.overview.setActive"))
                .otherwise(texts.text("casesui.overview.setFollowUp")));

    ComboBox<CaseStatus> closeStatus =
        CaseChoices.combo(
            texts,
            "case-close-status",
            OverviewModel.CLOSING,
            (m, s) -> m.text(CaseLabels.status(s)),
            vm.closeStatusProperty());
    fixedWidth(closeStatus, 300);
    TextField closeNote = note("case-close-note", texts, vm.closeNoteProperty());
    HBox.setHgrow(closeNote, Priority.ALWAYS);
    Button close = c.button("case-close", "casesui.case.close", vm::armClose);
    HBox closeRow = new HBox(6, closeStatus, closeNote, close);

    Label warning = new Label();
    warning.setId("case-close-warning");
    warning.setWrapText(true);
    warning.getStyleClass().add("danger");
    warning.textProperty().bind(texts.text("casesui.overview.closeWarning"));
    Button confirm =
        c.button("case-close-confirm", "casesui.overview.closeConfirm", vm::confirmClose);
    Button cancel = c.button("case-close-cancel", "casesui.overview.closeCancel", vm::cancelClose);
    HBox confirmRow = new HBox(6, confirm, cancel);
    VBox confirmBox = new VBox(4, warning, confirmRow);
    confirmBox.visibleProperty().bind(vm.closeArmedProperty());
    confirmBox.managedProperty().bind(vm.closeArmedProperty());
    vm.closeArmedProperty()
        .addListener(
            (o, a, armed) -> {
              if (armed) {
                Platform.runLater(confirm::requestFocus);
              }
            });

    for (Node n : new Node[] {stage, stageNote, record, followUp, closeStatus, closeNote, close}) {
      n.disableProperty().bind(vm.closedProperty());
    }
    root =
        new VBox(
            6,
            facts,
            c.heading("casesui.history.title"),
            history,
            c.labelFor("casesui.overview.recordStageTitle", stage),
            stageRow,
            followUp,
            c.labelFor("casesui.overview.closeTitle", closeStatus),
            closeRow,
            confirmBox);
  }

  /** Wide enough for the longest stage or status in ru and tk, which would otherwise be cut. */
  private static void fixedWidth(ComboBox<?> combo, double width) {
    combo.setPrefWidth(width);
    combo.setMinWidth(width);
    combo.setMaxWidth(width);
  }

  private static TextField note(
      String id, LiveTexts texts, javafx.beans.property.StringProperty value) {
    TextField field = new TextField();
    field.setId(id);
    field.promptTextProperty().bind(texts.text("casesui.overview.notePrompt"));
    field.accessibleTextProperty().bind(texts.text("casesui.overview.notePrompt"));
    field.textProperty().bindBidirectional(value);
    field.setPrefColumnCount(18);
    return field;
  }

  private void showFacts() {
    facts.getChildren().clear();
    int i = 0;
    for (OverviewModel.Fact f : vm.facts()) {
      Label label = new Label(f.label());
      label.getStyleClass().add("text-muted");
      label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      Label value = new Label(f.value());
      value.setId(f.id());
      value.setWrapText(true);
      label.setLabelFor(value);
      facts.add(label, (i % 2) * 2, i / 2);
      facts.add(value, (i % 2) * 2 + 1, i / 2);
      i++;
    }
  }

  Node root() {
    return root;
  }
}
