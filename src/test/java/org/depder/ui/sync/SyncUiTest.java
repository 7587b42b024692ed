package org.depder.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ImportRejection;
import org.depder.app.replication.OutboxItem;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.shell.AreaRegistry;
import org.depder.ui.shell.ShellView;
import org.depder.ui.shell.ShellViewModel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync and conflict areas in the main window, headless, driven by the keyboard alone: export,
 * every kind of import result, a refused file, and resolving by pick and by edit, in every
 * language.
 */
@ExtendWith(ApplicationExtension.class)
class SyncUiTest {
  @TempDir Path usb;
  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final InMemoryReplication replication =
      new InMemoryReplication(SyncViewModelTest.CLOCK, true);
  private Stage stage;
  private FxRobot robot;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    replication.queue("screening", OutboxItem.State.PENDING, Optional.empty());
    replication.queue("person", OutboxItem.State.FAILED, Optional.of("BAD_SIGNATURE"));
    AreaRegistry areas =
        SyncAreas.register(
            new AreaRegistry(),
            texts,
            new SameThreadTaskRunner(),
            dialogs,
            replication,
            replication,
            SyncViewModelTest.CLOCK);
    ShellView shell = new ShellView(new ShellViewModel(texts, areas, stage::hide), texts, w -> {});
    // the headless test screen is smaller than 1366x768; the screenshots render that size off
    // screen
    stage.setScene(new Scene(shell.root(), 1200, 720));
    stage.show();
  }

  private Messages use(Language language) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> texts.switchTo(language)).get();
    WaitForAsyncUtils.waitForFxEvents();
    return Messages.load(language);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void exportThenEveryKindOfImportWithTheKeyboard(Language language) throws Exception {
    Messages m = use(language);
    Path bundle = usb.resolve("out.depder-bundle");
    dialogs.choose(bundle);
    tabUntil("sync-export");
    robot.type(KeyCode.ENTER);
    assertThat(bundle).isNotEmptyFile();
    assertThat(text("#sync-result"))
        .isEqualTo(m.text("sync.export.done", 2, bundle.toString(), 1L));
    assertThat(text("#sync-counts")).isEqualTo(m.text("sync.summary.counts", 0, 2, 0));

    Path receipt = usb.resolve("back.depder-receipt");
    InMemoryReplication.writeReceiptFor(bundle, receipt);
    importWithKeyboard(receipt);
    assertThat(text("#sync-result")).isEqualTo(m.text("sync.result.receiptApplied", 2));
    assertThat(text("#sync-counts")).isEqualTo(m.text("sync.summary.counts", 0, 0, 0));

    Path incoming = usb.resolve("in.depder-bundle");
    InMemoryReplication.writeIncomingBundle(incoming, 1, 12, 0, 1, 0);
    importWithKeyboard(incoming);
    Path written = receiptIn(usb);
    assertThat(text("#sync-result"))
        .isEqualTo(
            m.text(
                "sync.result.bundleApplied",
                m.text("sync.result.applied", 12) + "; " + m.text("sync.result.conflicts", 1),
                written.toString()));

    importWithKeyboard(incoming);
    assertThat(text("#sync-result"))
        .isEqualTo(m.text("sync.result.alreadyApplied", written.toString()));

    Path early = usb.resolve("in3.depder-bundle");
    InMemoryReplication.writeIncomingBundle(early, 3, 1, 0, 0, 0);
    importWithKeyboard(early);
    assertThat(text("#sync-result")).isEqualTo(m.text("sync.result.held", "2"));

    Path bad = usb.resolve("bad.depder-bundle");
    InMemoryReplication.writeRefusedFile(bad, ImportRejection.BAD_SIGNATURE);
    importWithKeyboard(bad);
    assertThat(text("#sync-result"))
        .isEqualTo(m.text("sync.result.rejected", m.text("sync.rejected.badSignature")));
    assertThat(robot.lookup("#sync-result").query().getStyleClass()).contains("danger");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void resolveByPickAndByEditWithTheKeyboard(Language language) throws Exception {
    Messages m = use(language);
    EntityRef first = new EntityRef("screening", UUID.randomUUID());
    EntityRef second = new EntityRef("person", UUID.randomUUID());
    replication.addConflict(replication.sampleConflict(first));
    replication.addConflict(replication.sampleConflict(second));
    tabUntil("nav-sync"); // Tab reaches the open area's button; arrows move along the navigation
    robot.type(KeyCode.DOWN);
    assertThat(focusedId()).isEqualTo("nav-conflicts");
    robot.type(KeyCode.ENTER);
    assertThat(robot.lookup("#conflicts-list").queryListView().getItems()).hasSize(2);
    assertThat(text("#conflict-shown-0-1")).isEqualTo(m.text("conflicts.candidate.shownNow"));

    tabUntil("conflict-pick-0-0");
    robot.type(KeyCode.SPACE);
    tabUntil("conflict-resolve-0");
    robot.type(KeyCode.ENTER);
    assertThat(text("#conflicts-status")).isEqualTo(m.text("conflicts.resolved", "notes"));
    assertThat(replication.resolutions()).containsExactly("screening/notes=Met at the bus station");
    assertThat(robot.lookup("#conflicts-list").queryListView().getItems()).hasSize(1);

    tabUntil("conflict-edit-0");
    robot.type(KeyCode.SPACE);
    tabUntil("conflict-edit-text-0");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("Met at the railway station");
    robot.type(KeyCode.ENTER);
    assertThat(replication.resolutions())
        .containsExactly(
            "screening/notes=Met at the bus station", "person/notes=Met at the railway station");
    assertThat(robot.lookup("#conflicts-list").queryListView().getItems()).isEmpty();
    assertThat(replication.outbox()).hasSize(4);
  }

  private void importWithKeyboard(Path file) {
    dialogs.choose(file);
    tabUntil("sync-import");
    robot.type(KeyCode.ENTER);
  }

  private static Path receiptIn(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("receipt-")).findFirst().get();
    }
  }

  private void tabUntil(String id) {
    for (int i = 0; i < 40 && !id.equals(focusedId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  private String focusedId() {
    WaitForAsyncUtils.waitForFxEvents();
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }

  private String text(String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryLabeled().getText();
  }
}
