package org.depder.ui.screening;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;

/**
 * The screening area: the list of screenings in progress and the wizard. The reference data is read
 * in the background when the area is first opened, so opening it never freezes the window.
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
    WIZARD
  }

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final ScreeningAccess access;
  private final Duration quietPeriod;
  private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LOADING);
  private final ObservableList<ScreeningDraft> drafts = FXCollections.observableArrayList();
  private final ObjectProperty<ScreeningDraft> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<ScreeningWizardViewModel> wizard =
      new ReadOnlyObjectWrapper<>();
  private ScreeningWorkspace workspace;

  public ScreeningAreaViewModel(
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      ScreeningAccess access,
      Duration quietPeriod) {
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
                  texts, loaded, tasks, dialogs, quietPeriod, this::showList));
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

  public void showList() {
    mode.set(Mode.LIST);
    tasks.run(
        () -> workspace.service().drafts(),
        list -> {
          drafts.setAll(list);
          if (!list.isEmpty()) {
            selected.set(list.get(0));
          }
        },
        failure ->
            dialogs.showError(
                texts.messages().text("screening.list.loadFailed.title"),
                texts.messages().text("screening.list.loadFailed.detail")));
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
