package org.depder.ui.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.screening.DraftChecks;
import org.depder.app.screening.DraftProblem;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;

/**
 * The problems of the open step as message keys: the draft's own checks ({@link DraftChecks}) and
 * what the step models know about text the draft never received. Missing answers are pointed out
 * only after the screener tried to go on, not while typing.
 */
final class StepProblems {
  private static final Set<DraftProblem> SHOWN_AFTER_NEXT =
      EnumSet.of(
          DraftProblem.GATE_UNANSWERED,
          DraftProblem.CONSENT_UNANSWERED,
          DraftProblem.INDICATORS_UNANSWERED);

  private final ObservableList<String> keys = FXCollections.observableArrayList();
  private final Set<WizardStep> attempted = EnumSet.noneOf(WizardStep.class);
  private final ScreeningService service;
  private final PersonStepModel person;
  private final PersonLinkModel link;
  private final JourneyStepModel journey;
  private final IndicatorStepModel indicators;

  StepProblems(
      ScreeningService service,
      PersonStepModel person,
      PersonLinkModel link,
      JourneyStepModel journey,
      IndicatorStepModel indicators) {
    this.service = service;
    this.person = person;
    this.link = link;
    this.journey = journey;
    this.indicators = indicators;
  }

  void forget() {
    attempted.clear();
  }

  void attempted(WizardStep step) {
    attempted.add(step);
  }

  ObservableList<String> keys() {
    return keys;
  }

  /** The problems of {@code step} for this draft, also the DraftProblems behind them. */
  List<DraftProblem> draftProblems(WizardStep step, ScreeningDraft draft) {
    return switch (step) {
      case SAFETY -> DraftChecks.gate(draft);
      case CONSENT -> DraftChecks.consent(draft);
      case PERSON -> {
        List<DraftProblem> all = new ArrayList<>(DraftChecks.person(draft));
        all.addAll(DraftChecks.identification(draft, service.today()));
        yield all;
      }
      case JOURNEY -> DraftChecks.journey(draft, service.today());
      case INDICATORS -> DraftChecks.indicators(draft, indicators.applicable());
      case RESULT -> DraftChecks.judgement(draft);
      case ACTION -> DraftChecks.action(draft, service.today());
      default -> List.of();
    };
  }

  void refresh(WizardStep step, ScreeningDraft draft) {
    if (draft == null) {
      keys.clear();
      return;
    }
    List<String> now = new ArrayList<>();
    if (step == WizardStep.PERSON) {
      now.addAll(person.inputProblemKeys());
      now.addAll(link.inputProblemKeys());
    } else if (step == WizardStep.JOURNEY) {
      now.addAll(journey.inputProblemKeys());
    }
    boolean tried = attempted.contains(step);
    draftProblems(step, draft).stream()
        .filter(p -> tried || !SHOWN_AFTER_NEXT.contains(p))
        .map(DraftProblem::key)
        .forEach(now::add);
    if (step == WizardStep.PERSON && tried && link.undecided()) {
      now.add("screening.problem.personMatchUndecided");
    }
    if (!now.equals(keys)) {
      keys.setAll(now);
    }
  }

  void show(List<String> problemKeys) {
    keys.setAll(problemKeys);
  }
}
