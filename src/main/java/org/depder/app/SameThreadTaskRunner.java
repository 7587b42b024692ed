package org.depder.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for tests and command-line tools. */
public final class SameThreadTaskRunner implements TaskRunner {

  @Override
  public <T> void run(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public void onUiThread(Runnable action) {
    action.run();
  }
}
