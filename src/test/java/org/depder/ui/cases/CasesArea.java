package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.cases.CaseProjector;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseTasks;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.referral.ReferralLetterService;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.RevisionLog;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.UserAccount;
import org.depder.domain.UuidV7;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Urgency;
import org.depder.ui.KeyboardDriver;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Cases area over a real vault, wired as the app wires it, for the tests of its tabs: one place
 * for the vault, the revision log, the services and the context, so each test keeps only what it
 * checks.
 */
final class CasesArea {
  private static final Path OUT = Path.of("target", "screenshots", "cases");
  static final String SHELTER = "tm-shelter-ngo";
  final MutableClock clock;
  final LiveTexts texts;
  final LocalVaultService vault;
  final RevisionLog log;
  final VaultScreeningRepository screenings;
  final CaseService cases;
  final CaseTasks work;
  final CaseContext context;
  private CasesViewModel vm;
  private Stage stage;

  private CasesArea(
      LocalVaultService vault,
      MutableClock clock,
      LiveTexts texts,
      Optional<ReferralLetterService> letters) {
    this.clock = clock;
    this.texts = texts;
    this.vault = vault;
    EntityProjectors projectors = new EntityProjectors();
    CaseProjector.all().forEach(projectors::register);
    log = new RevisionLog(vault::session, projectors, new UuidV7(clock, new SecureRandom()));
    screenings = new VaultScreeningRepository(vault::session);
    cases = new CaseService(vault::session, log, screenings, clock, new SecureRandom());
    work = new CaseTasks(cases);
    context = new CaseContext(texts, new SameThreadTaskRunner(), cases, work, letters, clock);
  }

  /**
   * A new vault in a new temporary folder, signed in as the user of {@code role}, on the morning of
   * 2026-03-20, shown in English until a test switches the language.
   */
  static CasesArea as(Role role) throws Exception {
    return as(Files.createTempDirectory("depder-cases"), role, startClock(), english());
  }

  /** The clock the Cases tests start from: 2026-03-20, 06:00 UTC. */
  static MutableClock startClock() {
    return new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));
  }

  static LiveTexts english() {
    return new LiveTexts(Language.EN, Messages::load);
  }

  /** A new vault in {@code dir}, signed in as the user of {@code role}, with referral letters. */
  static CasesArea as(Path dir, Role role, MutableClock clock, LiveTexts texts) throws Exception {
    return over(
        TestVaults.createdAs(dir.resolve("a.depder"), clock, role), clock, texts, letters());
  }

  /** The area over a vault the test has set up itself (extra users, who is signed in). */
  static CasesArea over(
      LocalVaultService vault,
      MutableClock clock,
      LiveTexts texts,
      Optional<ReferralLetterService> letters) {
    return new CasesArea(vault, clock, texts, letters);
  }

  /** The referral letters of the bundled reference data. */
  static Optional<ReferralLetterService> letters() throws Exception {
    return Optional.of(new ReferralLetterService(ReferenceDataLoader.bundled()));
  }

  /** A screening with every answer saved, to open a case from. */
  CasesArea withFullScreening() throws Exception {
    screenings.save(ScreeningDrafts.full());
    return this;
  }

  /** Adds (as the signed-in administrator) the social worker of {@link TestVaults}. */
  static UserAccount addWorker(LocalVaultService vault) throws Exception {
    return vault.addUser(
        TestVaults.login(Role.SOCIAL_WORKER),
        TestVaults.displayName(Role.SOCIAL_WORKER),
        Role.SOCIAL_WORKER,
        TestVaults.pw(TestVaults.WORKER_PASSWORD));
  }

  /** The area's view model, made on first use (model tests that need none do not make it). */
  CasesViewModel vm() {
    if (vm == null) {
      vm = new CasesViewModel(context);
    }
    return vm;
  }

  /** Puts the Cases view on {@code stage} at 1200x720 and shows it. */
  CasesArea show(Stage stage) {
    this.stage = stage;
    stage.setScene(
        new Scene(new CasesView(vm(), texts, new RecordingDialogService()).root(), 1200, 720));
    stage.show();
    return this;
  }

  /** Switches the shown texts to {@code language} and drives the shown stage by keyboard. */
  KeyboardDriver keys(Language language, FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> texts.switchTo(language)).get();
    return new KeyboardDriver(robot, stage);
  }

  /** A routine referral of {@code c} to the shelter {@link #SHELTER}, reached by phone. */
  Referral proposeShelter(Case c) throws Exception {
    return cases.propose(
        c.id(),
        SHELTER,
        Set.of(ServiceNeed.SHELTER),
        Urgency.ROUTINE,
        ContactMethod.PHONE_AGREED_NUMBER,
        "+99312000000");
  }

  /** The id of the line selected in the list found by {@code query}, or null. */
  static UUID selected(KeyboardDriver keys, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    Object item = keys.robot().lookup(query).queryListView().getSelectionModel().getSelectedItem();
    return item == null ? null : ((CasesViewModel.Line) item).id();
  }

  /** Selects the line {@code id} of the list {@code listId} with Home and the arrow keys. */
  static void selectLine(KeyboardDriver keys, String listId, UUID id) {
    keys.select(listId);
    for (int i = 0; i < 5 && !id.equals(selected(keys, "#" + listId)); i++) {
      keys.robot().type(KeyCode.DOWN);
    }
    assertThat(selected(keys, "#" + listId)).isEqualTo(id);
  }

  /** The stage as it is now, at 1366x768, as target/screenshots/cases/{code}-{name}.png. */
  static void shot(KeyboardDriver keys, String code, String name) throws Exception {
    keys.screenshotOfStage(OUT, code + "-" + name);
  }
}
