package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.depder.app.AppHome;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages.MissingTextPolicy;
import org.depder.app.people.PersonDirectory;
import org.depder.app.people.PersonIdentity;
import org.depder.app.people.PersonMatcher;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.depder.launch.DesktopClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screening step in every language at 1366x768, the laptop size of the front line, written to
 * {@code target/screenshots/screening/} for review. The scene is rendered off screen because the
 * headless test screen is smaller than 1366 pixels; the controls are driven by firing them.
 */
@ExtendWith(ApplicationExtension.class)
class ScreeningScreenshotsTest {
  private static final Path OUT = Path.of("target", "screenshots", "screening");

  @TempDir Path home;
  private Scene scene;
  private PersonDirectory people;

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyStep(Language language) throws Exception {
    String code = language.code();
    seedPeople();
    fx(() -> start(code));
    shot(code, "01-list");
    fire("#screening-new");
    shot(code, "02-context");
    fire("#wizard-next");
    fire("#gate-alone-yes");
    fire("#gate-danger-no");
    fire("#gate-medical-no");
    shot(code, "03-safety");
    fire("#wizard-next");
    fire("#consent-given");
    shot(code, "04-consent");
    fire("#wizard-next");
    fx(() -> ((TextField) scene.lookup("#person-age")).setText("15"));
    fire("#age-band-from-18-to-25");
    fire("#age-certainty-certain");
    shot(code, "05-person-contradiction");
    fx(() -> ((TextField) scene.lookup("#person-age")).setText("29"));
    fire("#age-band-from-26-to-40");
    fire("#sex-female");
    fx(() -> ((TextField) scene.lookup("#person-name")).setText("Ахмедов Мердан"));
    fx(() -> ((TextField) scene.lookup("#person-birth-year")).setText("1997"));
    fire("#wizard-next");
    shot(code, "05b-person-matches");
    fire("#person-match-same-0");
    fire("#wizard-next");
    shot(code, "06-journey");
    fire("#wizard-next");
    answerAll(ScreeningWizardViewModelTest.ADULT_PRESUMED);
    shot(code, "07-indicators");
    fire("#wizard-person-view");
    shot(code, "08-show-to-person");
    fire("#person-view-close");
    fire("#wizard-next");
    shot(code, "09-result");
    fire("#judgement-risk-potential");
    fire("#wizard-next");
    fx(() -> ((javafx.scene.control.ScrollPane) scene.lookup("#screening-step")).setVvalue(1.0));
    shot(code, "10-result-lowering-needs-reason");
    fire("#judgement-presumed-victim-refer-nrm");
    fire("#wizard-next");
    fire("#consent-referral-given");
    shot(code, "11-consents");
    fire("#wizard-next");
    shot(code, "12-next-steps");
    fire("#wizard-next");
    shot(code, "15-list-with-finalised");
    fire("#screening-open");
    shot(code, "16-finalised-record");
    fire("#record-back");
    fire("#screening-new");
    fire("#wizard-next");
    fire("#gate-alone-no");
    fire("#gate-danger-no");
    fire("#gate-medical-no");
    fire("#wizard-next");
    shot(code, "13-stopped-not-safe");
    fire("#wizard-back");
    fire("#gate-alone-yes");
    fire("#gate-child-yes");
    fire("#wizard-next");
    shot(code, "14-consent-child");
  }

  /** A vault with one person already recorded, so step 4 can show a likely match. */
  private void seedPeople() throws Exception {
    var clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
    LocalVaultService vault = TestVaults.service(home.resolve("people.depder"), clock);
    people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);
    vault.create(TestVaults.ADMIN, "Aman", TestVaults.pw(TestVaults.ADMIN_PASSWORD));
    people.add(
        new PersonIdentity(
            "Ahmedow", "Merdan", Optional.empty(), OptionalInt.of(1997), Optional.empty()));
    people.awaitNameIndex(Duration.ofSeconds(10));
  }

  private void start(String code) {
    Stage stage = new Stage();
    new DesktopClient(
            new AppHome(home),
            new SameThreadTaskRunner(),
            MissingTextPolicy.FAIL,
            stage::hide,
            Optional.of(
                new ScreeningAccess(
                    new InMemoryScreeningDraftRepository(),
                    () -> "s-1",
                    Optional.of(new PersonMatcher(people)))),
            Duration.ZERO)
        .start(stage);
    ((ButtonBase) stage.getScene().lookup("#language-" + code)).fire();
    Parent root = stage.getScene().getRoot();
    stage.getScene().setRoot(new Group());
    scene = new Scene(root, 1366, 768);
  }

  private void answerAll(Set<String> yes) throws Exception {
    fx(
        () ->
            scene.getRoot().lookupAll(".toggle-button").stream()
                .map(Node::getId)
                .filter(id -> id != null && id.startsWith("answer-"))
                .filter(id -> id.endsWith(yesFor(id, yes) ? "-yes" : "-no"))
                .toList()
                .forEach(id -> ((ButtonBase) scene.lookup("#" + id)).fire()));
  }

  private static boolean yesFor(String buttonId, Set<String> yes) {
    String item = buttonId.substring("answer-".length(), buttonId.lastIndexOf('-'));
    return yes.contains(item);
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
