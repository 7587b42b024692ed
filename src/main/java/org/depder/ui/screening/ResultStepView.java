package org.depder.ui.screening;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreeningResult;

/** Step 7: the outcome in plain words, why, the rule set, and the screener's own judgement. */
final class ResultStepView {
  private ResultStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    ResultStepModel m = vm.result();
    var texts = vm.texts();
    Label outcome =
        Choices.bound(
            new Label(),
            Bindings.createStringBinding(
                () ->
                    texts
                        .messages()
                        .text(ResultTexts.outcomeKey(m.resultProperty().get().outcome())),
                m.resultProperty(),
                texts.messagesProperty()));
    outcome.setId("result-outcome");
    outcome.getStyleClass().add("title-3");
    Label advice =
        Choices.bound(
            new Label(),
            Bindings.createStringBinding(
                () ->
                    texts
                        .messages()
                        .text(ResultTexts.outcomeAdviceKey(m.resultProperty().get().outcome())),
                m.resultProperty(),
                texts.messagesProperty()));
    Label ruleSet =
        Choices.bound(
            new Label(),
            Bindings.createStringBinding(
                () ->
                    texts
                        .messages()
                        .text(
                            "screening.result.ruleSet", m.resultProperty().get().ruleSetVersion()),
                m.resultProperty(),
                texts.messagesProperty()));
    ruleSet.setId("result-rule-set");
    ruleSet.getStyleClass().add("text-muted");
    VBox reasons = new VBox(4);
    reasons.setId("result-reasons");
    Runnable fillReasons = () -> fill(reasons, vm, m.resultProperty().get());
    fillReasons.run();
    m.resultProperty().addListener((o, a, b) -> fillReasons.run());
    texts.messagesProperty().addListener((o, a, b) -> fillReasons.run());

    Label direction =
        Choices.bound(
            new Label(),
            Bindings.createStringBinding(
                () ->
                    texts
                        .messages()
                        .text(
                            directionKey(m.direction()),
                            texts
                                .messages()
                                .text(ResultTexts.outcomeKey(m.resultProperty().get().outcome()))),
                m.resultProperty(),
                m.chosenProperty(),
                texts.messagesProperty()));
    direction.setId("judgement-direction");
    Runnable style =
        () -> {
          direction.getStyleClass().removeAll("warning", "text-bold");
          if (m.direction() == ResultStepModel.Direction.LOWERED) {
            direction.getStyleClass().addAll("warning", "text-bold");
          }
        };
    style.run();
    m.chosenProperty().addListener((o, a, b) -> style.run());
    m.resultProperty().addListener((o, a, b) -> style.run());
    GridPane judgement = Choices.form();
    c.row(
        judgement,
        "screening.judgement.chosen",
        c.toggles(
            "judgement", List.of(Outcome.values()), ResultTexts::outcomeKey, m.chosenProperty()));
    c.row(
        judgement,
        "screening.judgement.reason",
        c.field("judgement-reason", m.reasonProperty(), 30));
    c.row(
        judgement,
        "screening.judgement.coordinator",
        c.field("judgement-coordinator", m.coordinatorProperty(), 16));
    return Choices.section(
        outcome,
        advice,
        c.heading("screening.result.why"),
        reasons,
        ruleSet,
        c.heading("screening.judgement.heading"),
        c.hint("screening.judgement.hint"),
        direction,
        judgement);
  }

  private static String directionKey(ResultStepModel.Direction direction) {
    return switch (direction) {
      case AS_COMPUTED -> "screening.judgement.asComputed";
      case RAISED -> "screening.judgement.raised";
      case LOWERED -> "screening.judgement.lowered";
    };
  }

  private static void fill(VBox reasons, ScreeningWizardViewModel vm, ScreeningResult result) {
    reasons.getChildren().clear();
    if (result == null) {
      return;
    }
    var messages = vm.texts().messages();
    result
        .reasons()
        .forEach(
            r -> {
              Label line = new Label("\u2022 " + ResultTexts.reason(messages, r));
              line.setWrapText(true);
              reasons.getChildren().add(line);
            });
  }
}
