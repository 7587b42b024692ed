package org.depder.ui.screening;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.depder.app.TaskRunner;
import org.depder.app.cases.CaseService;
import org.depder.app.replication.ConflictService;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;

/**
 * The screening area: the lists of screenings in progress and finalised (date, context, outcome and
 * status only: no names until one is opened), the wizard, and a finalised screening read-only with
 * its revisions. The reference data is read in the background when the area is first opened, so
 * opening it never freezes the window.
 */
public final class ScreeningAreaViewModel {
  /**
   * Long enough to take a burst of typing in one write, short enough to lose nothing on a crash.
   */
  public static final Duration DESKTOP_QUIET_PERIOD = Duration.ofMillis(400);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** What the area shows. */
  public enum Mode {
    LOADING,
    LOAD_FAILED,
    LIST,
    WIZARD,
    RECORD
  }

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final ScreeningAccess access;
  private final Duration quietPeriod;
  private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LOADING);
  private final ObservableList<ScreeningDraft> drafts = FXCollections.observableArrayList();
  private final ObjectProperty<ScreeningDraft> selected = new SimpleObjectProperty<>();
  private final ObservableList<ScreeningDraft> finalised = FXCollections.observableArrayList();
  private final ObjectProperty<ScreeningDraft> selectedFinal = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<ScreeningRecordViewModel> record =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ScreeningWizardViewModel> wizard =
      new ReadOnlyObjectWrapper<>();
  private final Optional<ConflictService> conflicts;
  private final Optional<CaseService> cases;
  private final ObservableSet<UUID> conflicted = FXCollections.observableSet();
  private ScreeningWorkspace workspace;

  public ScreeningAreaViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      ScreeningAccess access,
      Duration quietPeriod) {
    this(texts, tasks, dialogs, access, quietPeriod, Optional.empty());
  }

  /**
   * @param conflicts flags finalised screenings with open sync conflicts; empty where this client
   *     does not replicate
   */
  public ScreeningAreaViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      ScreeningAccess access,
      Duration quietPeriod,
      Optional<ConflictService> conflicts) {
    this(texts, tasks, dialogs, access, quietPeriod, conflicts, Optional.empty());
  }

  /**
   * @param cases opens a case from a finalised screening at risk or above; empty where this client
   *     keeps no cases
   */
  public ScreeningAreaViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      ScreeningAccess access,
      Duration quietPeriod,
      Optional<ConflictService> conflicts,
      Optional<CaseService> cases) {
    this.cases = cases;
    this.conflicts = conflicts;
    this.texts = texts;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.access = access;
    this.quietPeriod = quietPeriod;
  }

  /** Loads the reference data and the list; call once when the area is first shown. */
  public void load(Callable<ScreeningWorkspace> loader) {
    tasks.run(
        loader,
        loaded -> {
          workspace = loaded;
          wizard.set(
              new ScreeningWizardViewModel(
                  texts, loaded, tasks, dialogs, quietPeriod, this::showList, access.people()));
          record.set(
              new ScreeningRecordViewModel(
                  texts, tasks, loaded.service(), this::openCorrection, cases));
          showList();
        },
        failure -> mode.set(Mode.LOAD_FAILED));
  }

  public void newScreening() {
    if (workspace == null) {
      return;
    }
    wizard.get().open(workspace.service().start(access.screenerId().get(), texts.language()));
    mode.set(Mode.WIZARD);
  }

  public void continueSelected() {
    if (selected.get() != null && workspace != null) {
      wizard.get().open(selected.get());
      mode.set(Mode.WIZARD);
    }
  }

  /** Opens the selected finalised screening read-only, with its revisions. */
  public void openSelectedFinal() {
    if (selectedFinal.get() != null && workspace != null) {
      record.get().show(selectedFinal.get(), () -> mode.set(Mode.RECORD), this::listFailed);
    }
  }

  private void openCorrection(ScreeningDraft correction) {
    wizard.get().open(correction);
    mode.set(Mode.WIZARD);
  }

  public void showList() {
    mode.set(Mode.LIST);
    tasks.run(
        () -> workspace.service().all(),
        list -> {
          drafts.setAll(list.stream().filter(d -> !d.finalised()).toList());
          finalised.setAll(list.stream().filter(ScreeningDraft::finalised).toList());
          if (!drafts.isEmpty()) {
            selected.set(drafts.get(0));
          }
          if (!finalised.isEmpty()) {
            selectedFinal.set(finalised.get(0));
          }
          readConflicts();
        },
        failure -> listFailed());
  }

  /**
   * Which finalised screenings have a sync conflict to review. A failure only leaves the flags off:
   * the list itself is fine, and the conflict screen says what went wrong.
   */
  private void readConflicts() {
    conflicts.ifPresent(
        service ->
            tasks.run(
                () -> service.conflicted("screening"),
                (Set<UUID> ids) -> {
                  conflicted.retainAll(ids);
                  conflicted.addAll(ids);
                },
                failure -> conflicted.clear()));
  }

  /** Whether {@code draft} has a sync conflict to review (false without a conflict service). */
  public boolean hasConflict(ScreeningDraft draft) {
    return conflicted.contains(draft.id());
  }

  /** The ids of finalised screenings with open conflicts, to redraw the list when they change. */
  public ObservableSet<UUID> conflicted() {
    return conflicted;
  }

  /** The marker's words, shown next to a flagged screening and read by screen readers. */
  public String conflictFlag() {
    return texts.messages().text("conflicts.flag");
  }

  private void listFailed() {
    dialogs.showError(
        texts.messages().text("screening.list.loadFailed.title"),
        texts.messages().text("screening.list.loadFailed.detail"));
  }

  /** One line of the list: when it was started and where, in the current language. */
  public String describe(ScreeningDraft draft) {
    var messages = texts.messages();
    var started = draft.startedAt().atZone(ZoneId.systemDefault());
    return messages.text(
        "screening.list.item",
        messages.date(started.toLocalDate()),
        TIME.format(started),
        messages.text(DomainTexts.contextKey(draft.setting().context())));
  }

  /**
   * A finalised screening: when it was finalised, where, the outcome that counts, and the revision
   * number if it was corrected. No name: the list is seen by anyone passing the screen.
   */
  public String describeFinal(ScreeningDraft draft) {
    var messages = texts.messages();
    var at = draft.updatedAt().atZone(ZoneId.systemDefault());
    return messages.text(
        "screening.list.finalItem",
        messages.date(at.toLocalDate()),
        TIME.format(at),
        messages.text(DomainTexts.contextKey(draft.setting().context())),
        messages.text(ResultTexts.outcomeKey(record.get().outcome(draft))),
        Integer.toString(draft.revision()));
  }

  public ObservableList<ScreeningDraft> finalised() {
    return finalised;
  }

  public ObjectProperty<ScreeningDraft> selectedFinalProperty() {
    return selectedFinal;
  }

  public ReadOnlyObjectProperty<ScreeningRecordViewModel> recordProperty() {
    return record.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Mode> modeProperty() {
    return mode.getReadOnlyProperty();
  }

  public ObservableList<ScreeningDraft> drafts() {
    return drafts;
  }

  public ObjectProperty<ScreeningDraft> selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<ScreeningWizardViewModel> wizardProperty() {
    return wizard.getReadOnlyProperty();
  }

  public LiveTexts texts() {
    return texts;
  }
}
