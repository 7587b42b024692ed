package org.depder.app.settings;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.depder.app.TaskRunner;

/**
 * The current settings of this laptop, changed in memory at once and written to disk in the
 * background. Saves may finish out of order; each writes the newest settings, so the file always
 * ends up with what the user chose last.
 */
public final class SettingsService {
  private final SettingsStore store;
  private final TaskRunner tasks;
  private final Object fileLock = new Object();
  private volatile Settings current;

  public SettingsService(SettingsStore store, Settings initial, TaskRunner tasks) {
    this.store = store;
    this.current = Objects.requireNonNull(initial);
    this.tasks = tasks;
  }

  public Settings current() {
    return current;
  }

  /**
   * Applies {@code change} now and saves in the background; {@code onSaveFailure} runs on the UI
   * thread if the file cannot be written (the change still holds until the program closes).
   */
  public void update(UnaryOperator<Settings> change, Consumer<Throwable> onSaveFailure) {
    Settings changed = change.apply(current);
    if (changed.equals(current)) {
      return;
    }
    current = changed;
    tasks.run(this::saveNewest, saved -> {}, onSaveFailure);
  }

  private Settings saveNewest() throws IOException {
    synchronized (fileLock) {
      Settings newest = current;
      store.save(newest);
      return newest;
    }
  }
}
