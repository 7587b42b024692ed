package org.depder.ui.vault;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.depder.app.TaskRunner;

/** Holds background work until the test lets it finish: for checking what shows while busy. */
public final class ManualTaskRunner implements TaskRunner {
  private final Deque<Runnable> pending = new ArrayDeque<>();

  @Override
  public <T> void run(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    pending.add(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception e) {
            onFailure.accept(e);
            return;
          }
          onSuccess.accept(result);
        });
  }

  @Override
  public void onUiThread(Runnable action) {
    action.run();
  }

  public int pending() {
    return pending.size();
  }

  public void finishAll() {
    while (!pending.isEmpty()) {
      pending.poll().run();
    }
  }
}
