package org.depder.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.remote.EnrolmentService;
import org.depder.app.remote.HttpSync;
import org.depder.app.remote.ServerSync;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.ReadModelRefresher;
import org.depder.app.replication.RevisionLog;
import org.depder.app.replication.VaultSyncService;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.TestVaults;
import org.depder.domain.UuidV7;
import org.depder.server.DepderServer;
import org.depder.server.core.DeviceRole;
import org.depder.server.testing.LoopbackServer;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Sync now" on the sync screen, by keyboard, against the real server: the change leaves the outbox
 * and the result line says so in the user's language.
 */
@ExtendWith(ApplicationExtension.class)
class ServerSyncUiTest {
  @TempDir Path dir;
  private Stage stage;
  private DepderServer server;
  private LocalVaultService vault;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop() {
    if (vault != null) {
      vault.lock();
    }
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void syncNowSendsTheOutboxAndSaysWhatHappened(Language language, FxRobot robot) throws Exception {
    Clock clock = Clock.systemUTC();
    server = LoopbackServer.start(dir.resolve("server"));
    vault = TestVaults.created(dir.resolve("laptop.depder"), clock);
    EnrolmentService enrolment = new EnrolmentService(vault::session, clock);
    enrolment.enrol(
        enrolment.probe("127.0.0.1:" + server.tlsPort()),
        server
            .context()
            .admin()
            .issueCode(DeviceRole.SOCIAL_WORKER, "AG-01", Duration.ofHours(1))
            .code());
    EntityProjectors projectors = new EntityProjectors();
    RevisionLog log = new RevisionLog(vault::session, projectors, new UuidV7());
    log.create("case", Map.of("stage", TextNode.valueOf("identification")));
    VaultSyncService files =
        new VaultSyncService(
            vault::session,
            new ReadModelRefresher(vault::session, projectors),
            clock,
            new SecureRandom());
    ServerSync sync =
        new ServerSync(
            enrolment, new HttpSync(vault::session, files, clock), clock, Duration.ofMinutes(15));
    Messages messages = Messages.load(language);
    fx(
        () -> {
          LiveTexts texts = new LiveTexts(language, Messages::load);
          SameThreadTaskRunner tasks = new SameThreadTaskRunner();
          SyncView view =
              new SyncView(
                      new SyncViewModel(texts, tasks, new RecordingDialogService(), files, clock))
                  .withServer(new ServerSyncViewModel(texts, tasks, sync, clock));
          stage.setScene(new Scene((Parent) view.root(), 1024, 700));
          stage.show();
        });
    assertThat(robot.lookup("#sync-server-state").queryLabeled().getText())
        .isEqualTo(messages.text("sync.server.autoOn", 15));
    assertThat(robot.lookup("#sync-server-result").queryLabeled().getText())
        .isEqualTo(messages.text("sync.server.never"));

    tabUntil(robot, "sync-server-now");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#sync-server-result").queryLabeled().getText())
        .endsWith(messages.text("sync.server.done", 1, 0));
    assertThat(files.outbox()).isEmpty();
  }

  private void tabUntil(FxRobot robot, String id) {
    for (int i = 0; i < 30 && !id.equals(focusedId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  private String focusedId() {
    WaitForAsyncUtils.waitForFxEvents();
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }

  private static void fx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get();
    WaitForAsyncUtils.waitForFxEvents();
  }
}
