package org.depder.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (key derivation, SQLite, signing, HTTP) off the UI thread and hands the result
 * back on the UI thread. The desktop uses a JavaFX implementation; tests use {@link
 * SameThreadTaskRunner} so that ViewModels are tested without a Stage.
 */
public interface TaskRunner {

  /**
   * Runs {@code work} in the background; then calls exactly one of {@code onSuccess} or {@code
   * onFailure} on the UI thread.
   */
  <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  /** Runs {@code action} on the UI thread (immediately in tests). */
  void onUiThread(Runnable action);
}
