package org.depder.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.ImportRejection;
import org.depder.app.replication.OutboxItem;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.sync.SyncViewModel.Tone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyncViewModelTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-19T09:30:00Z"), ZoneOffset.UTC);

  @TempDir Path usb;
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final InMemoryReplication replication = new InMemoryReplication(CLOCK, true);

  private SyncViewModel model(TaskRunner tasks) {
    SyncViewModel vm = new SyncViewModel(texts, tasks, dialogs, replication, CLOCK);
    vm.refresh();
    return vm;
  }

  @Test
  void beforeEnrolmentTheScreenSaysWhatToDoAndExportIsOff() {
    SyncViewModel vm =
        new SyncViewModel(
            texts,
            new SameThreadTaskRunner(),
            dialogs,
            new InMemoryReplication(CLOCK, false),
            CLOCK);
    assertThat(vm.serverText().get()).isEqualTo(texts.messages().text("sync.summary.loading"));
    vm.refresh();
    assertThat(vm.serverText().get())
        .startsWith("Not enrolled yet")
        .contains("the server's keys")
        .contains("Server connection");
    assertThat(vm.canExport().get()).isFalse();
    assertThat(vm.notEnrolled().get()).isTrue();
    assertThat(vm.lastExportText().get()).isEqualTo("No bundle has been exported yet.");
  }

  @Test
  void theOutboxIsListedInWordsAndFollowsTheLanguage() {
    replication.queue("screening", OutboxItem.State.PENDING, Optional.empty());
    replication.queue("case", OutboxItem.State.FAILED, Optional.of("BAD_SIGNATURE"));
    replication.queue("shelterStay", OutboxItem.State.FAILED, Optional.of("quota_exceeded"));
    SyncViewModel vm = model(new SameThreadTaskRunner());

    assertThat(vm.countsText().get())
        .isEqualTo("Waiting to be sent: 1. Sent, waiting for a receipt: 0. Failed: 2.");
    assertThat(vm.outbox()).hasSize(3);
    assertThat(vm.outbox().get(0).kind()).isEqualTo("Screening");
    assertThat(vm.outbox().get(0).state()).isEqualTo("Waiting to be sent");
    assertThat(vm.outbox().get(0).reason()).isEmpty();
    assertThat(vm.outbox().get(0).queued()).isEqualTo("19 Mar 2026, 09:30");
    assertThat(vm.outbox().get(1).reason()).isEqualTo("The server could not verify the signature");
    assertThat(vm.outbox().get(2).kind()).isEqualTo("Other record");
    assertThat(vm.outbox().get(2).reason()).isEqualTo("Failed (code quota_exceeded)");

    texts.switchTo(Language.RU);
    assertThat(vm.outbox().get(0).kind()).isEqualTo("Первичная оценка");
    assertThat(vm.outbox().get(1).state()).isEqualTo("Ошибка, будет повторено");
    assertThat(vm.outbox().get(0).queued()).startsWith("19 марта 2026").endsWith(" в 09:30");
  }

  @Test
  void exportWritesTheFileKeepsTheItemsAndSaysWhatToDoNext() throws Exception {
    replication.queue("screening", OutboxItem.State.PENDING, Optional.empty());
    replication.queue("person", OutboxItem.State.PENDING, Optional.empty());
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path target = usb.resolve("out.depder-bundle");
    dialogs.choose(target);

    vm.exportBundle();

    assertThat(target).isNotEmptyFile();
    assertThat(vm.toneProperty().get()).isEqualTo(Tone.SUCCESS);
    assertThat(vm.resultText().get())
        .startsWith("2 changes were written to " + target)
        .contains("Take the file to the server");
    assertThat(vm.outbox()).hasSize(2).allMatch(r -> r.state().equals("Sent, no receipt yet"));
    assertThat(vm.lastExportText().get()).isEqualTo("Last bundle exported: 19 Mar 2026, 09:30");

    dialogs.choose(usb.resolve("again.depder-bundle"));
    vm.exportBundle();
    assertThat(vm.resultText().get()).startsWith("There was nothing new to send");
    assertThat(usb.resolve("again.depder-bundle")).doesNotExist();

    Path receipt = usb.resolve("r.depder-receipt");
    InMemoryReplication.writeReceiptFor(target, receipt);
    dialogs.choose(receipt);
    vm.importFile();
    assertThat(vm.resultText().get())
        .isEqualTo("The receipt confirms 2 changes; they have left the list of changes to send.");
    assertThat(vm.outbox()).isEmpty();
  }

  @Test
  void aCancelledChooserDoesNothing() {
    SyncViewModel vm = model(new SameThreadTaskRunner());
    vm.exportBundle();
    vm.importFile();
    vm.exportStuckItems();
    assertThat(vm.resultText().get()).isEmpty();
    assertThat(vm.toneProperty().get()).isEqualTo(Tone.NONE);
  }

  @Test
  void stuckItemsAreExportedWhateverTheirState() throws Exception {
    replication.queue("screening", OutboxItem.State.SENT, Optional.empty());
    replication.queue("screening", OutboxItem.State.FAILED, Optional.of("bundle_rejected"));
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path target = usb.resolve("stuck.depder-bundle");
    dialogs.choose(target);
    vm.exportStuckItems();
    assertThat(target).isNotEmptyFile();
    assertThat(vm.resultText().get())
        .startsWith("2 changes that have no receipt yet were written, encrypted, to " + target)
        .contains("coordinator");
  }

  @Test
  void anAppliedBundleSaysWhatChangedAndWhereTheReceiptIs() throws Exception {
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path bundle = usb.resolve("in.depder-bundle");
    InMemoryReplication.writeIncomingBundle(bundle, 1, 12, 0, 1, 0);
    dialogs.choose(bundle);
    vm.importFile();
    Path receipt = Files.list(usb).filter(p -> p.toString().contains("receipt")).findFirst().get();
    assertThat(vm.resultText().get())
        .isEqualTo(
            "Applied 12 changes; 1 record now has a conflict to review. A receipt was saved to "
                + receipt
                + ". Take it back to the server.");
    assertThat(vm.toneProperty().get()).isEqualTo(Tone.WARNING);

    dialogs.choose(bundle);
    vm.importFile();
    assertThat(vm.resultText().get())
        .startsWith("This bundle was applied before; nothing changed.");
    assertThat(vm.toneProperty().get()).isEqualTo(Tone.SUCCESS);
  }

  @Test
  void everyPartOfAnAppliedBundleIsCountedInRussianPluralForms() throws Exception {
    texts.switchTo(Language.RU);
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path bundle = usb.resolve("in.depder-bundle");
    InMemoryReplication.writeIncomingBundle(bundle, 1, 22, 5, 2, 1);
    dialogs.choose(bundle);
    vm.importFile();
    assertThat(vm.resultText().get())
        .startsWith(
            "Применено 22 изменения; 5 уже были здесь; в 2 записях теперь есть конфликт для"
                + " проверки; 1 запись удалена с этого компьютера")
        .contains("Подтверждение сохранено в " + usb);
  }

  @Test
  void aBundleAfterAGapIsHeldAndTheMissingNumberIsNamed() throws Exception {
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path bundle = usb.resolve("in3.depder-bundle");
    InMemoryReplication.writeIncomingBundle(bundle, 3, 4, 0, 0, 0);
    dialogs.choose(bundle);
    vm.importFile();
    assertThat(vm.resultText().get())
        .startsWith("This bundle was kept but not applied yet: bundle number 1 from the same");
    assertThat(vm.toneProperty().get()).isEqualTo(Tone.WARNING);
  }

  @ParameterizedTest
  @EnumSource(ImportRejection.class)
  void everyRefusalIsExplainedInEveryLanguage(ImportRejection reason) throws Exception {
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path file = usb.resolve("bad.depder-bundle");
    InMemoryReplication.writeRefusedFile(file, reason);
    for (Language language : Language.values()) {
      texts.switchTo(language);
      dialogs.choose(file);
      vm.importFile();
      assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
      assertThat(vm.resultText().get())
          .startsWith(texts.messages().text("sync.result.rejected", "").strip())
          .endsWith(SyncTexts.rejection(texts.messages(), reason));
    }
  }

  @Test
  void aFileThatIsNotOursAndAnUnreadableFileAreToldApart() throws Exception {
    SyncViewModel vm = model(new SameThreadTaskRunner());
    Path notes = usb.resolve("notes.txt");
    Files.writeString(notes, "shopping list");
    dialogs.choose(notes);
    vm.importFile();
    assertThat(vm.resultText().get())
        .isEqualTo(
            "The file was refused and nothing was applied. It is not a Depder bundle or receipt."
                + " Check that you chose the right file.");

    dialogs.choose(usb.resolve("gone.depder-bundle"));
    vm.importFile();
    assertThat(vm.resultText().get()).startsWith("The file could not be read.");
    assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
  }

  @Test
  void aFailedWriteSaysSoAndNothingIsMarkedSent() {
    replication.queue("screening", OutboxItem.State.PENDING, Optional.empty());
    SyncViewModel vm = model(new SameThreadTaskRunner());
    dialogs.choose(usb.resolve("no-such-folder").resolve("out.depder-bundle"));
    vm.exportBundle();
    assertThat(vm.resultText().get()).startsWith("The file could not be written.");
    assertThat(vm.outbox()).singleElement().matches(r -> r.state().equals("Waiting to be sent"));
  }

  @Test
  void whileRunningTheScreenShowsTheStepAndIsBusyThenTheResult() throws Exception {
    LaterRunner tasks = new LaterRunner();
    SyncViewModel vm = model(tasks);
    tasks.deliverAll();
    Path bundle = usb.resolve("in.depder-bundle");
    InMemoryReplication.writeIncomingBundle(bundle, 1, 3, 0, 0, 0);
    dialogs.choose(bundle);

    vm.importFile();

    assertThat(vm.busyProperty().get()).isTrue();
    assertThat(vm.phaseText().get()).isEqualTo("Applying the changes…");
    assertThat(vm.progressProperty().get()).isEqualTo(0.0);
    assertThat(vm.resultText().get()).isEmpty();
    texts.switchTo(Language.TK);
    assertThat(vm.phaseText().get()).isEqualTo("Üýtgeşmeler girizilýär…");
    tasks.deliverAll();
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.phaseText().get()).isEmpty();
    assertThat(vm.resultText().get()).startsWith("3 üýtgeşme girizildi.");
  }

  /** Runs the work at once but hands the result back only when the test says so. */
  private static final class LaterRunner implements TaskRunner {
    private final Deque<Runnable> results = new ArrayDeque<>();

    @Override
    public <T> void run(
        Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
      try {
        T result = work.call();
        results.add(() -> onSuccess.accept(result));
      } catch (Exception e) {
        results.add(() -> onFailure.accept(e));
      }
    }

    @Override
    public void onUiThread(Runnable action) {
      action.run();
    }

    void deliverAll() {
      while (!results.isEmpty()) {
        results.poll().run();
      }
    }
  }
}
