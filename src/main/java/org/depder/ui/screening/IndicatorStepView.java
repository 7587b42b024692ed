package org.depder.ui.screening;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Dimension;

/**
 * Step 6: the checklist grouped by dimension. Each row takes the focus as a whole (one Tab stop per
 * item, not four) and answers to 1/2/3/4 or Y/N/U/D; the four toggles are for the mouse.
 */
final class IndicatorStepView {
  private static final String FOCUSED =
      "-fx-border-color: -color-accent-emphasis; -fx-border-width: 2; -fx-border-radius: 4;";
  private static final String UNFOCUSED =
      "-fx-border-color: transparent; -fx-border-width: 2; -fx-border-radius: 4;";

  private IndicatorStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    VBox list = new VBox(4);
    list.getChildren().add(c.hint("screening.indicators.hint"));
    Dimension group = null;
    for (IndicatorItemModel item : vm.indicators().items()) {
      if (item.indicator().dimension() != group) {
        group = item.indicator().dimension();
        Label heading = c.heading(ResultTexts.dimensionKey(group));
        VBox.setMargin(heading, new Insets(12, 0, 0, 0));
        list.getChildren().add(heading);
      }
      list.getChildren().add(row(vm, c, item));
    }
    return list;
  }

  private static Node row(ScreeningWizardViewModel vm, Choices c, IndicatorItemModel item) {
    Label id = new Label(item.id());
    id.getStyleClass().add("text-muted");
    id.setMinWidth(48);
    Label question =
        Choices.bound(
            new Label(),
            Bindings.createStringBinding(
                () -> item.indicator().question().in(vm.texts().language().code()),
                vm.texts().messagesProperty()));
    VBox text = new VBox(2, question);
    if (item.disclosureOnly()) {
      Label only = c.label("screening.indicators.disclosureOnly");
      only.getStyleClass().addAll("text-small", "warning");
      text.getChildren().add(only);
    }
    if (item.hasSexualVariant()) {
      text.getChildren()
          .add(
              c.check(
                  "sexual-" + item.id(),
                  "screening.indicators.sexualVariant",
                  item.sexualVariantProperty()));
    }
    HBox.setHgrow(text, Priority.ALWAYS);
    FlowPane answers =
        c.toggles(
            "answer-" + item.id(),
            List.of(Answer.YES, Answer.NO, Answer.UNKNOWN, Answer.DECLINED),
            DomainTexts::answerKey,
            item.answerProperty());
    answers.getChildren().forEach(b -> b.setFocusTraversable(false));
    answers.setMinWidth(440);
    answers.setPrefWrapLength(440);
    answers.setAlignment(Pos.CENTER_RIGHT);
    HBox row = new HBox(12, id, text, answers);
    row.setId("item-" + item.id());
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(4, 8, 4, 8));
    row.setFocusTraversable(true);
    row.setStyle(UNFOCUSED);
    row.focusedProperty()
        .addListener(
            (o, a, focused) -> {
              row.setStyle(focused ? FOCUSED : UNFOCUSED);
              if (focused) {
                vm.indicators().currentProperty().set(item);
              }
            });
    row.setOnMouseClicked(e -> row.requestFocus());
    row.addEventHandler(
        KeyEvent.KEY_TYPED,
        e ->
            IndicatorItemModel.answerForKey(e.getCharacter())
                .ifPresent(
                    answer -> {
                      item.answerProperty().set(answer);
                      e.consume();
                    }));
    return row;
  }
}
