package org.depder.ui.screening;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.TaskRunner;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;

/**
 * Saves the newest draft in the background after every change, without queueing one write per
 * keystroke: at most one save is in flight; it waits a quiet period, then writes whatever is newest
 * by then. Changes that arrive meanwhile are written by the next round, so the last change is
 * always saved and never overtaken by an older one. Called on the UI thread only. Also keeps what
 * the header says about it: saved at hh:mm, or not saved yet.
 */
final class DraftAutosaver {
  private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm");

  private final TaskRunner tasks;
  private final ScreeningService service;
  private final Duration quietPeriod;
  private final Consumer<ScreeningDraft> onSaved;
  private final Consumer<Throwable> onFailed;
  private final ObjectProperty<SaveState> state =
      new SimpleObjectProperty<>(SaveState.NOTHING_TO_SAVE);
  private final StringProperty savedAt = new SimpleStringProperty("");
  private final AtomicReference<ScreeningDraft> pending = new AtomicReference<>();
  private boolean inFlight;

  DraftAutosaver(TaskRunner tasks, ScreeningService service, Duration quietPeriod) {
    this.tasks = tasks;
    this.service = service;
    this.quietPeriod = quietPeriod;
    this.onSaved =
        draft -> {
          state.set(SaveState.SAVED);
          savedAt.set(
              SAVED_AT.format(LocalTime.ofInstant(draft.updatedAt(), ZoneId.systemDefault())));
        };
    this.onFailed = e -> state.set(SaveState.FAILED);
  }

  /** A draft was opened: nothing of it needs saving yet. */
  void reset() {
    state.set(SaveState.NOTHING_TO_SAVE);
  }

  ObjectProperty<SaveState> stateProperty() {
    return state;
  }

  StringProperty savedAtProperty() {
    return savedAt;
  }

  void changed(ScreeningDraft draft) {
    pending.set(draft);
    if (!inFlight) {
      saveNewest();
    }
  }

  boolean idle() {
    return !inFlight && pending.get() == null;
  }

  private void saveNewest() {
    inFlight = true;
    AtomicReference<ScreeningDraft> attempt = new AtomicReference<>();
    tasks.run(
        () -> {
          if (!quietPeriod.isZero()) {
            Thread.sleep(quietPeriod.toMillis());
          }
          ScreeningDraft newest = pending.getAndSet(null);
          attempt.set(newest);
          return newest == null ? null : service.save(newest);
        },
        saved -> {
          inFlight = false;
          if (saved != null) {
            onSaved.accept(saved);
          }
          if (pending.get() != null) {
            saveNewest();
          }
        },
        failure -> {
          inFlight = false;
          // keep the draft that failed for the next change to retry, unless a newer one waits
          pending.compareAndSet(null, attempt.get());
          onFailed.accept(failure);
        });
  }
}
