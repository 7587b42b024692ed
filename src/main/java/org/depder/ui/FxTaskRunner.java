package org.depder.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.depder.app.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop {@link TaskRunner}: work runs on daemon background threads (so an unfinished task
 * never keeps the JVM alive after the window closes), results come back through {@link
 * Platform#runLater}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
  /**
   * Looked up when first needed, not when the class loads: creating the first logger starts Logback
   * (about 0.1 s), and this class is on the path to the first frame.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(FxTaskRunner.class);
  }

  private final ExecutorService executor;

  public FxTaskRunner() {
    this(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  public FxTaskRunner(int threads) {
    this.executor = Executors.newFixedThreadPool(threads, new DaemonThreads());
  }

  @Override
  public <T> void run(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    executor.execute(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception | Error e) {
            log().warn("Background task failed ({})", e.getClass().getSimpleName());
            Platform.runLater(() -> onFailure.accept(e));
            return;
          }
          Platform.runLater(() -> onSuccess.accept(result));
        });
  }

  @Override
  public void onUiThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  /**
   * Lets running work finish for a moment (a settings save in flight, say) without accepting new
   * work; daemon threads never hold up the exit beyond that.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "depder-task-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
