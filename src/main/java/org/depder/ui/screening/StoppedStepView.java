package org.depder.ui.screening;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.depder.app.screening.StopReason;
import org.depder.domain.reference.Hotline;

/**
 * The stop page: what to do now, the hotline card to hand over discreetly, and what is kept (only
 * the minimum). Going back undoes the stop, for a mistaken answer.
 */
final class StoppedStepView {
  private StoppedStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    StopReason reason = vm.draft().stop().orElse(StopReason.NOT_SAFE_TO_TALK);
    Label title = c.label(reason.key());
    title.setId("stop-title");
    title.getStyleClass().add("title-3");
    Label instruction = c.label(instructionKey(reason));
    instruction.setId("stop-instruction");
    VBox card = new VBox(6, c.heading("screening.hotline.heading"));
    card.setId("hotline-card");
    card.setStyle(
        "-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-padding: 12;");
    for (Hotline hotline : vm.hotlines()) {
      String lang = vm.texts().language().code();
      Label line =
          Choices.bound(
              new Label(),
              vm.texts()
                  .text(
                      hotline.verify()
                          ? "screening.hotline.lineToVerify"
                          : "screening.hotline.line",
                      hotline.phone(),
                      hotline.city().in(lang),
                      hotline.operator().in(lang)));
      card.getChildren().add(line);
    }
    return Choices.section(title, instruction, card, c.hint("screening.stop.recorded"));
  }

  private static String instructionKey(StopReason reason) {
    return switch (reason) {
      case NOT_SAFE_TO_TALK -> "screening.stop.notSafe.instruction";
      case URGENT_SAFETY -> "screening.stop.urgent.instruction";
      case NO_CONSENT -> "screening.stop.noConsent.instruction";
    };
  }
}
