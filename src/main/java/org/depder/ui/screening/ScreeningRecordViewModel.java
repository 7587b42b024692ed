package org.depder.ui.screening;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseRecords;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseServiceException;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreenerJudgement;
import org.depder.domain.screening.ScreeningResult;
import org.depder.ui.LiveTexts;

/**
 * A finalised screening, read-only, with its revisions; "Correct" opens the next revision in the
 * wizard after a reason is given (the finalised revisions stay as they are: {@code
 * ScreeningService.correct}).
 */
public final class ScreeningRecordViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final ScreeningService service;
  private final Consumer<ScreeningDraft> openCorrection;
  private final ObjectProperty<ScreeningDraft> record = new SimpleObjectProperty<>();
  private final ObservableList<ScreeningDraft> revisions = FXCollections.observableArrayList();
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty problemKey = new SimpleStringProperty("");
  private final Optional<CaseService> cases;
  private final StringProperty caseMessage = new SimpleStringProperty("");

  ScreeningRecordViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      ScreeningService service,
      Consumer<ScreeningDraft> openCorrection) {
    this(texts, tasks, service, openCorrection, Optional.empty());
  }

  /**
   * @param cases opens a case from a finalised screening; empty where this client keeps no cases
   */
  ScreeningRecordViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      ScreeningService service,
      Consumer<ScreeningDraft> openCorrection,
      Optional<CaseService> cases) {
    this.texts = texts;
    this.tasks = tasks;
    this.service = service;
    this.openCorrection = openCorrection;
    this.cases = cases;
    reason.addListener((o, a, b) -> problemKey.set(""));
  }

  /** Shows {@code latest} and reads its revisions in the background. */
  void show(ScreeningDraft latest, Runnable shown, Runnable failed) {
    tasks.run(
        () -> service.revisions(latest.id()),
        all -> {
          record.set(latest);
          revisions.setAll(all);
          reason.set("");
          problemKey.set("");
          caseMessage.set("");
          shown.run();
        },
        failure -> failed.run());
  }

  /** Opens the next revision with the reason; without a reason, says that one is needed. */
  public void correct() {
    String why = reason.get() == null ? "" : reason.get().strip();
    if (why.isEmpty()) {
      problemKey.set("screening.record.reasonNeeded");
      return;
    }
    ScreeningDraft current = record.get();
    tasks.run(
        () -> service.correct(current.id(), why),
        openCorrection,
        failure -> problemKey.set("screening.record.correctFailed"));
  }

  /**
   * Whether "Open a case" is offered: on this client cases are kept, the screening is finalised and
   * the screener's outcome is a risk or above (CaseOpening.THRESHOLD). Below it nothing is said
   * about a case at all.
   */
  public boolean canOpenCase(ScreeningDraft draft) {
    return cases.isPresent()
        && draft.finalised()
        && draft
            .judgement()
            .map(j -> j.chosen().compareTo(CaseOpening.THRESHOLD) >= 0)
            .orElse(false);
  }

  private record Opened(String caseNumber, boolean before) {}

  /**
   * Opens a case from the shown screening with the facts it holds, or names the case already opened
   * from it; says the case number and who takes it up.
   */
  public void openCase() {
    ScreeningDraft current = record.get();
    if (current == null || !canOpenCase(current)) {
      return;
    }
    CaseService service = cases.get();
    tasks.run(
        () -> {
          Optional<Case> earlier =
              service.cases().stream()
                  .map(CaseRecords.Stored::value)
                  .filter(c -> c.screeningId().equals(Optional.of(current.id())))
                  .findFirst();
          if (earlier.isPresent()) {
            return new Opened(earlier.get().caseNumber(), true);
          }
          // the facts the screening holds: age band, presumed minor, sex, language, welaýat
          Case opened = service.openFromScreening(current.id());
          return new Opened(opened.caseNumber(), false);
        },
        (Opened o) -> {
          problemKey.set("");
          caseMessage.set(
              texts
                  .messages()
                  .text(
                      o.before() ? "screening.record.caseBefore" : "screening.record.caseOpened",
                      o.caseNumber()));
        },
        failure ->
            problemKey.set(
                failure instanceof CaseServiceException e
                    ? CaseLabels.serviceError(e.code())
                    : "screening.record.openCaseFailed"));
  }

  /** What happened on "Open a case", in the UI language; empty before. */
  public StringProperty caseMessageProperty() {
    return caseMessage;
  }

  /** The outcome that counts: the screener's judgement if there was one, else the computed one. */
  public Outcome outcome(ScreeningDraft draft) {
    return draft.judgement().map(ScreenerJudgement::chosen).orElse(score(draft).outcome());
  }

  public ScreeningResult score(ScreeningDraft draft) {
    return service.score(draft);
  }

  /** One line per revision: number, when, status, and why it was made. */
  public String describeRevision(ScreeningDraft revision) {
    var messages = texts.messages();
    var at = revision.updatedAt().atZone(ZoneId.systemDefault());
    return messages.text(
        "screening.record.revision",
        Integer.toString(revision.revision()),
        messages.date(at.toLocalDate()),
        TIME.format(at),
        messages.text(
            revision.finalised() ? "screening.status.finalised" : "screening.status.inProgress"),
        revision.correctionReason().orElse("\u2014"));
  }

  public List<ScreeningDraft> revisionsNow() {
    return List.copyOf(revisions);
  }

  public ObjectProperty<ScreeningDraft> recordProperty() {
    return record;
  }

  public ObservableList<ScreeningDraft> revisions() {
    return revisions;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public StringProperty problemKeyProperty() {
    return problemKey;
  }

  public LiveTexts texts() {
    return texts;
  }
}
