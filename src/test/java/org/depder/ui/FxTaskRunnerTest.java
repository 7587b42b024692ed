package org.depder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {
  private final FxTaskRunner runner = new FxTaskRunner(1);

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() {
    runner.close();
  }

  @Test
  void workRunsOnADaemonThreadAndTheResultArrivesOnTheFxThread() throws Exception {
    CompletableFuture<String> worker = new CompletableFuture<>();
    CompletableFuture<Boolean> deliveredOnFx = new CompletableFuture<>();
    runner.run(
        () -> {
          Thread current = Thread.currentThread();
          worker.complete(current.isDaemon() + " " + Platform.isFxApplicationThread());
          return 42;
        },
        result -> deliveredOnFx.complete(Platform.isFxApplicationThread() && result == 42),
        deliveredOnFx::completeExceptionally);
    assertThat(worker.get(5, TimeUnit.SECONDS)).isEqualTo("true false");
    assertThat(deliveredOnFx.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void failuresArriveOnTheFxThread() throws Exception {
    CompletableFuture<String> failure = new CompletableFuture<>();
    runner.run(
        () -> {
          throw new IllegalStateException("boom");
        },
        result -> failure.complete("unexpected success"),
        error -> failure.complete(Platform.isFxApplicationThread() + " " + error.getMessage()));
    assertThat(failure.get(5, TimeUnit.SECONDS)).isEqualTo("true boom");
  }
}
