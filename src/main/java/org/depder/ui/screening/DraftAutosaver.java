package org.depder.ui.screening;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.depder.app.TaskRunner;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;

/**
 * Saves the newest draft in the background after every change, without queueing one write per
 * keystroke: at most one save is in flight; it waits a quiet period, then writes whatever is newest
 * by then. Changes that arrive meanwhile are written by the next round, so the last change is
 * always saved and never overtaken by an older one. Called on the UI thread only.
 */
final class DraftAutosaver {
  private final TaskRunner tasks;
  private final ScreeningService service;
  private final Duration quietPeriod;
  private final Consumer<ScreeningDraft> onSaved;
  private final Consumer<Throwable> onFailed;
  private final AtomicReference<ScreeningDraft> pending = new AtomicReference<>();
  private boolean inFlight;

  DraftAutosaver(
      TaskRunner tasks,
      ScreeningService service,
      Duration quietPeriod,
      Consumer<ScreeningDraft> onSaved,
      Consumer<Throwable> onFailed) {
    this.tasks = tasks;
    this.service = service;
    this.quietPeriod = quietPeriod;
    this.onSaved = onSaved;
    this.onFailed = onFailed;
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
