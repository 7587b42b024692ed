package org.depder.ui.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.ImportResult;
import org.depder.app.replication.OutboxItem;
import org.depder.app.replication.ProgressListener;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.SyncService;
import org.depder.app.replication.SyncSummary;
import org.depder.ui.DialogService;
import org.depder.ui.DialogService.FileType;
import org.depder.ui.LiveTexts;

/**
 * The sync screen: where sync stands, what waits in the outbox and why, and the three file
 * transfers (export a bundle, import a bundle or receipt, export stuck items) with their progress
 * and a plain-language result. Files are chosen through {@link DialogService}, so every path is
 * tested without a display; the slow work runs on the {@link TaskRunner}.
 *
 * <p>The result line is kept as a function of the language, not as a text, so it is re-worded at
 * once when the user switches language.
 */
public final class SyncViewModel {
  static final String BUNDLE_EXTENSION = "depder-bundle";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

  /** How a result line reads: good news, something to act on, or a failure. */
  public enum Tone {
    NONE,
    SUCCESS,
    WARNING,
    ERROR
  }

  /** One outbox row, already in words (no field values: the outbox never shows any). */
  public record OutboxRow(
      String kind, String state, String attempts, String reason, String queued) {}

  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final SyncService sync;
  private final Clock clock;
  private final ObjectProperty<List<OutboxItem>> items = new SimpleObjectProperty<>(List.of());
  private final ObservableList<OutboxRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>();
  private final ObjectProperty<Function<Messages, String>> result = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NONE);
  private final SummaryLines lines;
  private final BooleanBinding canExport;
  private final StringBinding phaseText;
  private final StringBinding resultText;

  public SyncViewModel(
      LiveTexts texts, TaskRunner tasks, DialogService dialogs, SyncService sync, Clock clock) {
    this.texts = texts;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.sync = sync;
    this.clock = clock;
    items.addListener((o, a, b) -> fillRows());
    texts.messagesProperty().addListener((o, a, b) -> fillRows());
    // created once and kept: a binding nobody holds would be collected with its listeners
    lines = new SummaryLines(texts, clock.getZone());
    canExport = lines.enrolled.and(busy.not());
    phaseText = makePhaseText();
    resultText = makeResultText();
  }

  /**
   * Reads the summary and the outbox again; called when the screen is shown and after a transfer.
   */
  public void refresh() {
    tasks.run(
        () -> new Loaded(sync.summary(), sync.outbox()),
        loaded -> {
          lines.set(loaded.summary());
          items.set(loaded.items());
        },
        this::failed);
  }

  private record Loaded(SyncSummary summary, List<OutboxItem> items) {}

  /** "Export bundle to a file…": the pending changes, for the server. */
  public void exportBundle() {
    Messages m = texts.messages();
    chooseTarget(m.text("sync.export.chooserTitle"), "depder-")
        .ifPresent(
            target ->
                transfer(
                    progress -> sync.exportBundle(target, progress),
                    r -> m2 -> SyncTexts.exported(m2, r),
                    r -> r.revisions() == 0 ? Tone.NONE : Tone.SUCCESS));
  }

  /** "Export stuck items…": every unacknowledged change, for a coordinator to carry. */
  public void exportStuckItems() {
    Messages m = texts.messages();
    chooseTarget(m.text("sync.stuck.chooserTitle"), "depder-stuck-")
        .ifPresent(
            target ->
                transfer(
                    progress -> sync.exportStuckItems(target, progress),
                    r -> m2 -> SyncTexts.stuckExported(m2, r),
                    r -> r.revisions() == 0 ? Tone.NONE : Tone.SUCCESS));
  }

  /**
   * "Import bundle or receipt…". A bundle's receipt is written next to the imported file, which is
   * usually on the same USB stick that goes back to the server.
   */
  public void importFile() {
    Messages m = texts.messages();
    Optional<Path> source =
        dialogs.chooseFileToOpen(
            m.text("sync.import.chooserTitle"),
            new FileType(m.text("sync.fileType.bundleOrReceipt"), "*"));
    source.ifPresent(
        file -> {
          Path folder = file.toAbsolutePath().getParent();
          transfer(
              progress -> sync.importFile(file, folder, progress),
              r -> m2 -> SyncTexts.imported(m2, r),
              SyncViewModel::toneOf);
        });
  }

  private static Tone toneOf(ImportResult result) {
    if (result instanceof ImportResult.Rejected) {
      return Tone.ERROR;
    }
    if (result instanceof ImportResult.Held
        || result instanceof ImportResult.BundleApplied b && b.conflictsOpened() > 0) {
      return Tone.WARNING;
    }
    return Tone.SUCCESS;
  }

  private Optional<Path> chooseTarget(String title, String prefix) {
    String suggested = prefix + STAMP.format(LocalDateTime.now(clock)) + "." + BUNDLE_EXTENSION;
    return dialogs.chooseFileToSave(
        title,
        new FileType(texts.messages().text("sync.fileType.bundle"), BUNDLE_EXTENSION),
        suggested);
  }

  @FunctionalInterface
  private interface Transfer<T> {
    T run(ProgressListener progress) throws ReplicationException;
  }

  private <T> void transfer(
      Transfer<T> work, Function<T, Function<Messages, String>> words, Function<T, Tone> toneOf) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    progress.set(-1);
    phase.set(null);
    result.set(null);
    tone.set(Tone.NONE);
    ProgressListener listener =
        (step, done, total) ->
            tasks.onUiThread(
                () -> {
                  phase.set(step);
                  progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
                });
    tasks.run(
        () -> work.run(listener),
        done -> {
          finish();
          show(words.apply(done), toneOf.apply(done));
          refresh();
        },
        failure -> {
          finish();
          failed(failure);
          refresh();
        });
  }

  private void finish() {
    busy.set(false);
    phase.set(null);
    progress.set(0);
  }

  private void failed(Throwable failure) {
    if (failure instanceof ReplicationException e) {
      show(m -> SyncTexts.problem(m, e.problem()), Tone.ERROR);
    } else {
      show(SyncTexts::unexpected, Tone.ERROR);
    }
  }

  private void show(Function<Messages, String> words, Tone how) {
    result.set(words);
    tone.set(how);
  }

  private void fillRows() {
    Messages m = texts.messages();
    rows.setAll(
        items.get().stream()
            .map(
                item ->
                    new OutboxRow(
                        SyncTexts.entityKind(m, item.entityType()),
                        SyncTexts.state(m, item.state()),
                        m.number(item.attempts()),
                        item.reasonCode().map(code -> SyncTexts.reason(m, code)).orElse(""),
                        SyncTexts.moment(m, item.queuedAt(), clock.getZone())))
            .toList());
  }

  /** Whether the server's keys are known (false until the summary is read). */
  public BooleanBinding enrolled() {
    return lines.enrolled;
  }

  /** The summary was read and says the server is not known yet: the screen says what to do. */
  public BooleanBinding notEnrolled() {
    return lines.notEnrolled;
  }

  /** Exports need the server's keys and an idle screen. */
  public BooleanBinding canExport() {
    return canExport;
  }

  private StringBinding makePhaseText() {
    return live(m -> phase.get() == null ? "" : SyncTexts.phase(m, phase.get()), phase);
  }

  private StringBinding makeResultText() {
    return live(m -> result.get() == null ? "" : result.get().apply(m), result);
  }

  private StringBinding live(Function<Messages, String> words, javafx.beans.Observable dependency) {
    return Bindings.createStringBinding(
        () -> words.apply(texts.messages()), dependency, texts.messagesProperty());
  }

  public StringBinding serverText() {
    return lines.server;
  }

  public StringBinding countsText() {
    return lines.counts;
  }

  public StringBinding lastExportText() {
    return lines.lastExport;
  }

  public StringBinding lastImportText() {
    return lines.lastImport;
  }

  public StringBinding phaseText() {
    return phaseText;
  }

  /** The plain-language result of the last transfer, empty before the first. */
  public StringBinding resultText() {
    return resultText;
  }

  public ObservableList<OutboxRow> outbox() {
    return rows;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** 0..1, or -1 while the size of the step is unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  public LiveTexts texts() {
    return texts;
  }
}
