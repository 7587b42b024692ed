package org.depder.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.replication.ConflictDetail;
import org.depder.app.replication.ConflictDetail.Candidate;
import org.depder.app.replication.ConflictDetail.FieldConflict;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ImportRejection;
import org.depder.app.replication.OutboxItem;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.domain.screening.Answer;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.screening.ScreeningAreaView;
import org.depder.ui.screening.ScreeningAreaViewModel;
import org.depder.ui.shell.Area;
import org.depder.ui.shell.AreaRegistry;
import org.depder.ui.shell.ShellView;
import org.depder.ui.shell.ShellViewModel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync screen, the conflict review screen and the conflict flag in the screenings list, in
 * every language at 1366x768, written to {@code target/screenshots/sync/} for review and for
 * docs/screenshots/sync/. Rendered off screen (the headless screen is smaller than 1366 pixels).
 */
@ExtendWith(ApplicationExtension.class)
class SyncScreenshotsTest {
  private static final Path OUT = Path.of("target", "screenshots", "sync");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-19T09:30:00Z"), ZoneId.of("Asia/Ashgabat"));

  @TempDir Path usb;
  private Scene scene;
  private LiveTexts texts;
  private RecordingDialogService dialogs;

  @ParameterizedTest
  @EnumSource(Language.class)
  void bothScreens(Language language) throws Exception {
    String code = language.code();
    texts = new LiveTexts(language, Messages::load);

    InMemoryReplication notEnrolled = new InMemoryReplication(CLOCK, false);
    notEnrolled.queue("screening", OutboxItem.State.PENDING, Optional.empty());
    notEnrolled.queue("person", OutboxItem.State.PENDING, Optional.empty());
    fx(() -> show(notEnrolled, Optional.empty()));
    shot(code, "1-sync-not-enrolled");

    InMemoryReplication replication = new InMemoryReplication(CLOCK, true);
    replication.queue("screening", OutboxItem.State.SENT, Optional.empty());
    replication.queue("person", OutboxItem.State.SENT, Optional.empty());
    replication.queue("case", OutboxItem.State.FAILED, Optional.of("BAD_SIGNATURE"));
    replication.queue("referral", OutboxItem.State.FAILED, Optional.of("storage_unavailable"));
    replication.queue("screening", OutboxItem.State.PENDING, Optional.empty());
    fx(() -> show(replication, Optional.empty()));
    Path bundle = usb.resolve("depder-server-0001.depder-bundle");
    InMemoryReplication.writeIncomingBundle(bundle, 1, 12, 3, 1, 0);
    dialogs.choose(bundle);
    fire("#sync-import");
    shot(code, "2-sync-bundle-applied");

    Path bad = usb.resolve("copy.depder-bundle");
    InMemoryReplication.writeRefusedFile(bad, ImportRejection.WRONG_RECIPIENT);
    dialogs.choose(bad);
    fire("#sync-import");
    shot(code, "3-sync-refused");

    seedConflicts(replication);
    fire("#nav-conflicts");
    shot(code, "4-conflicts");
    fire("#conflict-pick-0-1");
    fire("#conflict-edit-1");
    shot(code, "5-conflicts-choosing");
    fire("#conflict-resolve-0");
    shot(code, "6-conflicts-resolved");

    InMemoryScreeningDraftRepository screenings = new InMemoryScreeningDraftRepository();
    ScreeningAreaViewModel area =
        new ScreeningAreaViewModel(
            texts,
            new SameThreadTaskRunner(),
            new RecordingDialogService(),
            new ScreeningAccess(screenings, () -> "screener-1"),
            Duration.ZERO,
            Optional.of(replication));
    fx(() -> show(replication, Optional.of(area)));
    fx(
        () ->
            area.load(
                () -> ScreeningWorkspace.load(ReferenceDataLoader.bundled(), screenings, CLOCK)));
    fx(() -> finaliseOne(area));
    fx(() -> finaliseOne(area));
    replication.addConflict(
        replication.sampleConflict(new EntityRef("screening", area.finalised().get(0).id())));
    fx(area::showList);
    shot(code, "7-screenings-flagged");
  }

  private static void finaliseOne(ScreeningAreaViewModel area) {
    area.newScreening();
    var wizard = area.wizardProperty().get();
    wizard.next();
    wizard.safety().aloneAndSafeProperty().set(Answer.NO);
    wizard.safety().immediateDangerProperty().set(Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
    wizard.next();
    wizard.next();
  }

  private static void seedConflicts(InMemoryReplication replication) {
    Instant t = Instant.parse("2026-03-18T07:15:00Z");
    EntityRef screening =
        new EntityRef("screening", UUID.fromString("0190a1b2-7c3d-7000-8000-000000000001"));
    replication.addConflict(
        new ConflictDetail(
            screening,
            List.of(
                new FieldConflict(
                    "interviewPlace",
                    false,
                    List.of(
                        new Candidate(
                            UUID.randomUUID(), "Bus station", "Aman Orazow", "a1b2c3d4", t, false),
                        new Candidate(
                            UUID.randomUUID(),
                            "Border crossing point",
                            "Maýsa Berdiýewa",
                            "e5f6a7b8",
                            t.plusSeconds(600),
                            true))),
                new FieldConflict(
                    "notes",
                    true,
                    List.of(
                        new Candidate(
                            UUID.randomUUID(),
                            "Arrived by bus from Daşoguz; has no" + " passport",
                            "Aman Orazow",
                            "a1b2c3d4",
                            t.plusSeconds(60),
                            false),
                        new Candidate(
                            UUID.randomUUID(),
                            "",
                            "Maýsa Berdiýewa",
                            "e5f6a7b8",
                            t.plusSeconds(900),
                            true))))));
  }

  private void show(InMemoryReplication replication, Optional<ScreeningAreaViewModel> screening) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    dialogs = new RecordingDialogService();
    AreaRegistry areas = new AreaRegistry();
    screening.ifPresent(
        vm ->
            areas.register(
                new Area(
                    "screening", "shell.nav.screening", () -> new ScreeningAreaView(vm).root())));
    SyncAreas.register(
        areas, texts, new SameThreadTaskRunner(), dialogs, replication, replication, CLOCK);
    ShellView shell = new ShellView(new ShellViewModel(texts, areas, () -> {}), texts, w -> {});
    shell.root().setStyle("-fx-font-size: 14px;");
    scene = new Scene(shell.root(), 1366, 768);
  }

  private void fire(String query) throws Exception {
    fx(
        () -> {
          Node node = scene.lookup(query);
          assertThat(node).as(query).isNotNull();
          ((ButtonBase) node).fire();
        });
  }

  private void shot(String code, String name) throws Exception {
    WritableImage image = call(() -> scene.snapshot(null));
    Files.createDirectories(OUT);
    Path file = OUT.resolve(code + "-" + name + ".png");
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot write " + file, e);
    }
    assertThat(file).isNotEmptyFile();
  }

  private static void fx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static <T> T call(Callable<T> action) throws Exception {
    T result = WaitForAsyncUtils.asyncFx(action).get();
    WaitForAsyncUtils.waitForFxEvents();
    return result;
  }
}
