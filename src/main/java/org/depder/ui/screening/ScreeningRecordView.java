package org.depder.ui.screening;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.depder.app.screening.ScreeningDraft;
import org.depder.ui.KeyboardActivation;

/**
 * A finalised screening, read-only: the outcome that counts and why, the setting, the revisions
 * with their reasons, and "Correct" with its mandatory reason. Esc goes back to the list.
 */
final class ScreeningRecordView {
  private final ScreeningRecordViewModel vm;
  private final Choices c;
  private final VBox content = new VBox(12);
  private final ScrollPane root = new ScrollPane(content);
  private final Button back = KeyboardActivation.fireOnEnter(new Button());

  ScreeningRecordView(ScreeningRecordViewModel vm, Runnable toList) {
    this.vm = vm;
    this.c = new Choices(vm.texts());
    root.setId("screening-record");
    root.setFitToWidth(true);
    root.setStyle("-fx-background-color: transparent;");
    content.setPadding(new Insets(0, 16, 16, 0));
    back.setId("record-back");
    back.textProperty().bind(vm.texts().text("screening.leave"));
    back.setOnAction(e -> toList.run());
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            toList.run();
            e.consume();
          }
        });
    vm.recordProperty().addListener((o, a, b) -> rebuild());
    vm.revisions().addListener((ListChangeListener<ScreeningDraft>) ch -> rebuild());
    vm.texts().messagesProperty().addListener((o, a, b) -> rebuild());
    rebuild();
  }

  private void rebuild() {
    ScreeningDraft d = vm.recordProperty().get();
    content.getChildren().clear();
    if (d == null) {
      return;
    }
    var messages = vm.texts().messages();
    Label title = c.label("screening.record.title");
    title.getStyleClass().add("title-2");
    Label outcome = new Label(messages.text(ResultTexts.outcomeKey(vm.outcome(d))));
    outcome.setId("record-outcome");
    outcome.getStyleClass().add("title-3");
    outcome.setWrapText(true);
    GridPane facts = Choices.form();
    fact(facts, "screening.record.context", DomainTexts.contextKey(d.setting().context()), true);
    fact(facts, "screening.record.computed", ResultTexts.outcomeKey(vm.score(d).outcome()), true);
    fact(
        facts,
        "screening.record.stop",
        d.stop().map(s -> messages.text(s.key())).orElse("\u2014"),
        false);
    Label ruleSet = new Label(messages.text("screening.result.ruleSet", d.ruleSetVersion()));
    ruleSet.getStyleClass().add("text-muted");
    VBox reasons = new VBox(4);
    vm.score(d)
        .reasons()
        .forEach(
            r -> {
              Label line = new Label("\u2022 " + ResultTexts.reason(messages, r));
              line.setWrapText(true);
              reasons.getChildren().add(line);
            });
    VBox revisions = new VBox(4);
    revisions.setId("record-revisions");
    vm.revisions()
        .forEach(
            r -> {
              Label line = new Label(vm.describeRevision(r));
              line.setWrapText(true);
              revisions.getChildren().add(line);
            });
    Label problem = new Label();
    problem.setId("record-problem");
    problem.getStyleClass().add("danger");
    problem
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    vm.problemKeyProperty().get().isEmpty()
                        ? ""
                        : messages.text(vm.problemKeyProperty().get()),
                vm.problemKeyProperty()));
    Button correct = KeyboardActivation.fireOnEnter(new Button());
    correct.setId("screening-correct");
    correct.setText(messages.text("screening.record.correct"));
    correct.setOnAction(e -> vm.correct());
    var reason = c.field("correction-reason", vm.reasonProperty(), 40);
    reason.setOnAction(e -> vm.correct());
    HBox correction = new HBox(8, reason, correct);
    content.getChildren().addAll(title, outcome, facts);
    if (vm.canOpenCase(d)) {
      content.getChildren().addAll(openCase(messages));
    }
    content
        .getChildren()
        .addAll(
            c.heading("screening.result.why"),
            reasons,
            ruleSet,
            c.heading("screening.record.revisions"),
            revisions,
            c.heading("screening.record.correctHeading"),
            c.hint("screening.record.correctHint"),
            correction,
            problem,
            back);
  }

  /** "Open a case", offered only at risk or above; the message says the number and who takes it. */
  private List<Node> openCase(org.depder.app.i18n.Messages messages) {
    Button open = KeyboardActivation.fireOnEnter(new Button());
    open.setId("screening-open-case");
    open.setText(messages.text("screening.record.openCase"));
    open.setOnAction(e -> vm.openCase());
    Label done = new Label();
    done.setId("record-case-message");
    done.setWrapText(true);
    done.textProperty().bind(vm.caseMessageProperty());
    return List.of(
        c.heading("screening.record.caseHeading"), c.hint("screening.record.caseHint"), open, done);
  }

  private void fact(GridPane facts, String labelKey, String value, boolean valueIsKey) {
    Label shown = new Label(valueIsKey ? vm.texts().messages().text(value) : value);
    shown.setWrapText(true);
    c.row(facts, labelKey, shown);
  }

  void focusFirst() {
    Platform.runLater(
        () -> {
          // a ScrollPane puts its content into the scene only once its skin exists
          root.applyCss();
          root.layout();
          var field = content.lookup("#correction-reason");
          (field != null ? field : back).requestFocus();
        });
  }

  Parent root() {
    return root;
  }
}
