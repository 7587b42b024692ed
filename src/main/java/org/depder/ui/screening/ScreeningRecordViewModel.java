package org.depder.ui.screening;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;
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

  ScreeningRecordViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      ScreeningService service,
      Consumer<ScreeningDraft> openCorrection) {
    this.texts = texts;
    this.tasks = tasks;
    this.service = service;
    this.openCorrection = openCorrection;
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
