package org.depder.ui.screening;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.infocard.InformationCardService;
import org.depder.app.people.PersonMatcher;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.DraftProblem;
import org.depder.app.screening.IncompleteScreeningException;
import org.depder.app.screening.NextAction;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.domain.reference.Hotline;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;

/**
 * The screening wizard: which step is open, the step models, moving between steps with the stops of
 * the safety gate and the consent question, the problems of the open step, and the autosave of
 * every change. Each step's fields live in its own step model.
 */
public final class ScreeningWizardViewModel {
  private final LiveTexts texts;
  private final ScreeningWorkspace workspace;
  private final ScreeningService service;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final Runnable backToList;
  private final DraftEditor editor = new DraftEditor();
  private final DraftAutosaver autosaver;

  private final ContextStepModel context;
  private final SafetyStepModel safety;
  private final ConsentStepModel consent;
  private final PersonStepModel person;
  private final JourneyStepModel journey;
  private final IndicatorStepModel indicators;
  private final ResultStepModel result;
  private final ConsentDecisionsStepModel consents;
  private final ActionStepModel action;

  private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.CONTEXT);
  private final PersonLinkModel link;
  private final StepProblems problems;
  private final ReadOnlyBooleanWrapper childPath = new ReadOnlyBooleanWrapper();
  private final BooleanProperty showingToPerson = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper finishing = new ReadOnlyBooleanWrapper();
  private final WizardTexts labels;
  private final InformationCardAction informationCard;

  /**
   * @param quietPeriod how long the autosave waits for more changes before writing (zero in tests)
   * @param backToList shows the list of screenings again; the draft stays saved
   * @param people where the person is looked up and created; empty: no name fields
   */
  public ScreeningWizardViewModel(
      LiveTexts texts,
      ScreeningWorkspace workspace,
      TaskRunner tasks,
      DialogService dialogs,
      Duration quietPeriod,
      Runnable backToList,
      Optional<PersonMatcher> people) {
    this.texts = texts;
    this.workspace = workspace;
    this.service = workspace.service();
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.backToList = backToList;
    this.autosaver = new DraftAutosaver(tasks, service, quietPeriod);
    context = new ContextStepModel(editor, workspace.posts());
    safety = new SafetyStepModel(editor);
    consent = new ConsentStepModel(editor);
    person = new PersonStepModel(editor, workspace.countries());
    journey = new JourneyStepModel(editor, person);
    indicators = new IndicatorStepModel(editor, service);
    result = new ResultStepModel(editor);
    consents = new ConsentDecisionsStepModel(editor);
    action = new ActionStepModel(editor);
    informationCard =
        new InformationCardAction(
            texts,
            tasks,
            dialogs,
            new InformationCardService(ReferenceDataLoader.bundled())::write,
            this::interviewLanguage,
            service::today);
    link = new PersonLinkModel(editor, tasks, people);
    problems = new StepProblems(service, person, link, journey, indicators);
    labels =
        new WizardTexts(
            texts,
            step,
            autosaver.stateProperty(),
            autosaver.savedAtProperty(),
            editor.draftProperty(),
            indicators);
    editor.draftProperty().addListener((o, before, now) -> draftChanged(now));
    step.addListener(
        (o, a, b) -> {
          // remembered in the draft, so a reopened draft continues where it was left
          editor.edit(d -> d.withOpenStep(b.name()));
          if (b == WizardStep.PERSON) {
            link.entered();
          }
          refreshProblems();
        });
    // unreadable text never reaches the draft, so the draft listener does not see it change
    person.ageTextProperty().addListener((o, a, b) -> refreshProblems());
    link.birthYearTextProperty().addListener((o, a, b) -> refreshProblems());
    link.lookupProperty().addListener((o, a, b) -> refreshProblems());
    journey.monthsTextProperty().addListener((o, a, b) -> refreshProblems());
  }

  /**
   * Opens a draft, new or stored, at the step where it was left (the stop page if it stopped, the
   * first step for a draft that remembers none).
   */
  public void open(ScreeningDraft draft) {
    problems.forget();
    indicators.forget();
    showingToPerson.set(false);
    autosaver.reset();
    editor.load(
        draft,
        () -> {
          context.fill(draft);
          safety.fill(draft);
          consent.fill(draft);
          person.fill(draft);
          journey.fill(draft);
          result.fill(draft);
          consents.fill(draft);
          action.fill(draft);
          link.fill(draft);
          step.set(WizardFlow.resumeAt(draft));
        });
    refreshProblems();
  }

  private void draftChanged(ScreeningDraft now) {
    if (now == null) {
      return;
    }
    indicators.refresh(now);
    result.update(service.score(now));
    if (editor.current() != now) {
      // the result step rewrote the judgement for the new outcome; that newer draft has already
      // been handled in full, and saving this older one after it would undo the rewrite
      return;
    }
    childPath.set(now.childPath());
    if (!editor.loading()) {
      autosaver.changed(now);
    }
    refreshProblems();
  }

  /** Goes on if the open step is complete; otherwise shows what is missing and stays. */
  public boolean next() {
    WizardStep current = step.get();
    problems.attempted(current);
    refreshProblems();
    if (!problems.keys().isEmpty()) {
      return false;
    }
    if (WizardFlow.finishes(current)) {
      finish();
      return true;
    }
    var stopped = WizardFlow.stopAfter(current, editor.current());
    if (stopped.isPresent()) {
      editor.edit(d -> d.withStop(stopped));
      step.set(WizardStep.STOPPED);
      return true;
    }
    WizardStep to = WizardFlow.following(current);
    if (current == WizardStep.PERSON) {
      link.complete(() -> step.set(to));
    } else {
      if (current == WizardStep.CONSENTS) {
        suggestActionOnce();
      }
      step.set(to);
    }
    return true;
  }

  public void back() {
    WizardStep to = WizardFlow.before(step.get(), editor.current());
    if (step.get() == WizardStep.STOPPED) {
      editor.edit(d -> d.withStop(Optional.empty()));
    }
    step.set(to);
  }

  /** Back to the list; everything typed is already saved or being saved. */
  public void leave() {
    showingToPerson.set(false);
    backToList.run();
  }

  public void togglePersonView() {
    showingToPerson.set(!showingToPerson.get());
  }

  private void suggestActionOnce() {
    if (editor.current().action().equals(NextAction.none())) {
      var outcome = result.effectiveOutcome();
      action.applySuggestion(
          ActionStepModel.suggested(
              outcome, result.resultProperty().get().childProtectionReferralSuggested()),
          ActionStepModel.suggestedUrgency(outcome));
    }
  }

  private void finish() {
    ScreeningDraft draft = editor.current();
    finishing.set(true);
    tasks.run(
        () -> service.finalise(draft),
        done -> {
          finishing.set(false);
          backToList.run();
        },
        failure -> {
          finishing.set(false);
          if (failure instanceof IncompleteScreeningException incomplete) {
            problems.show(incomplete.problems().stream().map(DraftProblem::key).toList());
          } else {
            dialogs.showError(
                texts.messages().text("screening.finishFailed.title"),
                texts.messages().text("screening.finishFailed.detail"));
          }
        });
  }

  private void refreshProblems() {
    problems.refresh(step.get(), editor.current());
  }

  /** The wizard's own texts: step title and position, save status, the person's text. */
  public WizardTexts labels() {
    return labels;
  }

  public Language interviewLanguage() {
    return labels.interviewLanguage();
  }

  public LiveTexts texts() {
    return texts;
  }

  public List<Hotline> hotlines() {
    return workspace.hotlines();
  }

  public ScreeningDraft draft() {
    return editor.current();
  }

  public ReadOnlyObjectProperty<ScreeningDraft> draftProperty() {
    return editor.draftProperty();
  }

  public ObjectProperty<WizardStep> stepProperty() {
    return step;
  }

  public ObservableList<String> problemKeys() {
    return problems.keys();
  }

  public ReadOnlyBooleanProperty childPathProperty() {
    return childPath.getReadOnlyProperty();
  }

  public ObjectProperty<SaveState> saveStateProperty() {
    return autosaver.stateProperty();
  }

  public BooleanProperty showingToPersonProperty() {
    return showingToPerson;
  }

  public ReadOnlyBooleanProperty finishingProperty() {
    return finishing.getReadOnlyProperty();
  }

  public ContextStepModel context() {
    return context;
  }

  public SafetyStepModel safety() {
    return safety;
  }

  public ConsentStepModel consent() {
    return consent;
  }

  public PersonStepModel person() {
    return person;
  }

  public PersonLinkModel link() {
    return link;
  }

  public JourneyStepModel journey() {
    return journey;
  }

  public IndicatorStepModel indicators() {
    return indicators;
  }

  public ResultStepModel result() {
    return result;
  }

  public ConsentDecisionsStepModel consents() {
    return consents;
  }

  public InformationCardAction informationCard() {
    return informationCard;
  }

  public ActionStepModel action() {
    return action;
  }
}
