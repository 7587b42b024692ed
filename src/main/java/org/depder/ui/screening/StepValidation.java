package org.depder.ui.screening;

import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.depder.ui.LiveTexts;

/**
 * ControlsFX decorations on the controls a problem is about (issue 4 item 8), next to the problem
 * text under the step, which stays: a decoration is a small mark with the same message as its
 * tooltip, easy to miss for some and useless to a screen reader. The decorations follow the step's
 * problem keys ({@code StepProblems}), so they say exactly what the text says, in the UI language;
 * they never touch what was typed. One support per step view: a rebuilt step gets a new one.
 */
final class StepValidation {
  /** Which problems belong to which control of a step (by control id). */
  static final Map<String, List<String>> PROBLEMS_BY_CONTROL =
      Map.ofEntries(
          Map.entry(
              "person-age",
              List.of(
                  "screening.problem.ageNotNumber",
                  "screening.problem.ageImpossible",
                  "screening.problem.ageContradictsBand",
                  "screening.problem.minorButAdult")),
          Map.entry(
              "person-birth-year",
              List.of(
                  "screening.problem.birthYearNotNumber",
                  "screening.problem.birthYearImpossible",
                  "screening.problem.birthYearContradictsAge")),
          Map.entry("stateless", List.of("screening.problem.statelessWithCitizenship")),
          Map.entry(
              "journey-months",
              List.of("screening.problem.monthsNotNumber", "screening.problem.monthsImpossible")),
          Map.entry("journey-returned", List.of("screening.problem.returnInFuture")),
          Map.entry("follow-up-date", List.of("screening.problem.followUpInPast")),
          Map.entry("judgement-reason", List.of("screening.problem.loweringReason")),
          Map.entry("judgement-coordinator", List.of("screening.problem.loweringCoordinator")),
          Map.entry("gate-alone-yes", List.of("screening.problem.gateUnanswered")),
          Map.entry("consent-given", List.of("screening.problem.consentUnanswered")));

  static {
    // ControlsFX knows text fields, pickers and check boxes, not the toggles of an answer group
    ValueExtractor.addObservableValueExtractor(
        c -> c instanceof ToggleButton, c -> ((ToggleButton) c).selectedProperty());
  }

  private final ValidationSupport support = new ValidationSupport();

  private StepValidation() {
    support.setValidationDecorator(new DangerDecoration());
  }

  /**
   * ControlsFX's icon with the message as its tooltip, plus the theme's own "danger" state on the
   * control (a red outline in AtlantaFX), which is seen even where the small icon is not.
   */
  private static final class DangerDecoration extends GraphicValidationDecoration {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    @Override
    public void applyValidationDecoration(ValidationMessage message) {
      super.applyValidationDecoration(message);
      message.getTarget().pseudoClassStateChanged(DANGER, true);
    }

    @Override
    public void removeDecorations(Control target) {
      super.removeDecorations(target);
      target.pseudoClassStateChanged(DANGER, false);
    }
  }

  /** Decorates the controls of {@code step} that have problems in {@code keys}. */
  static StepValidation attach(Node step, ObservableList<String> keys, LiveTexts texts) {
    StepValidation validation = new StepValidation();
    PROBLEMS_BY_CONTROL.forEach(
        (id, problems) -> {
          if (step.lookup("#" + id) instanceof Control control) {
            validation.support.registerValidator(
                control,
                false,
                (Control c, Object value) -> {
                  ValidationResult result = new ValidationResult();
                  for (String key : problems) {
                    if (keys.contains(key)) {
                      result.add(ValidationMessage.error(c, texts.messages().text(key)));
                    }
                  }
                  return result;
                });
          }
        });
    // ControlsFX decorates a control only after its value changed; the step's problem keys
    // already know when a problem may be shown (a missing answer only after trying to go on)
    validation.support.initInitialDecoration();
    return validation;
  }

  /** The problem keys changed: re-evaluate every decorated control. */
  void refresh() {
    support.revalidate();
  }

  List<String> messagesOf(String controlId) {
    return current().getErrors().stream()
        .filter(m -> controlId.equals(m.getTarget().getId()))
        .map(m -> m.getText())
        .toList();
  }

  /** Null until the support has run once (it runs after registration, on the FX thread). */
  private ValidationResult current() {
    ValidationResult result = support.getValidationResult();
    return result == null ? new ValidationResult() : result;
  }

  /** The controls decorated as wrong now, for tests. */
  List<String> invalidControlIds() {
    return current().getErrors().stream()
        .map(m -> m.getTarget().getId())
        .distinct()
        .sorted()
        .toList();
  }
}
