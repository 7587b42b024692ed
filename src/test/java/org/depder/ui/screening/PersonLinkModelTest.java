package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.people.PersonDirectory;
import org.depder.app.people.PersonIdentity;
import org.depder.app.people.PersonMatcher;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.app.screening.VerbalConsent;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.depder.domain.screening.Answer;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicates in the wizard over a real vault: leaving step 4 with a name looks for the people
 * already recorded; the screener links to one or confirms a different person, who is then created.
 */
class PersonLinkModelTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-19T08:00:00Z"));
  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private PersonDirectory people;
  private LocalVaultService vault;
  private ScreeningWizardViewModel wizard;
  private String merdan;

  @BeforeEach
  void setUp() throws Exception {
    vault = TestVaults.service(dir.resolve("vault.depder"), clock);
    people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);
    vault.create(ADMIN, "Aman", pw(ADMIN_PASSWORD));
    merdan =
        people.add(
            new PersonIdentity(
                "Ahmedow",
                "Merdan",
                Optional.empty(),
                OptionalInt.of(1990),
                Optional.of("I-AŞ 123456")));
    people.awaitNameIndex(Duration.ofSeconds(5));
    ScreeningWorkspace workspace =
        ScreeningWorkspace.load(ReferenceDataLoader.bundled(), repository, ScreeningFixtures.CLOCK);
    wizard =
        new ScreeningWizardViewModel(
            new LiveTexts(Language.EN, Messages::load),
            workspace,
            new SameThreadTaskRunner(),
            new RecordingDialogService(),
            Duration.ZERO,
            () -> {},
            Optional.of(new PersonMatcher(people)));
    wizard.open(workspace.service().start("screener-7", Language.EN));
    wizard.next();
    wizard.safety().aloneAndSafeProperty().set(Answer.YES);
    wizard.safety().immediateDangerProperty().set(Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
    wizard.next();
    wizard.consent().consentProperty().set(VerbalConsent.GIVEN);
    wizard.next();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.PERSON);
  }

  @Test
  void aLikelyMatchIsOfferedAndTheScreeningIsLinkedToIt() throws Exception {
    wizard.link().nameProperty().set("Ахмедов Мердан");
    wizard.link().birthYearTextProperty().set("1990");

    assertThat(wizard.next()).isTrue();
    assertThat(wizard.stepProperty().get()).as("stays to ask").isEqualTo(WizardStep.PERSON);
    assertThat(wizard.link().lookupProperty().get())
        .isEqualTo(PersonLinkModel.Lookup.MATCHES_FOUND);
    var first = wizard.link().candidates().get(0);
    assertThat(first.personId()).isEqualTo(merdan);
    assertThat(first.nameMatched()).isTrue();
    assertThat(first.birthYearMatched()).isTrue();

    assertThat(wizard.next()).isFalse();
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.personMatchUndecided");

    wizard.link().same(first);
    assertThat(wizard.problemKeys()).isEmpty();
    assertThat(wizard.next()).isTrue();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.JOURNEY);
    var stored = repository.latest(wizard.draft().id()).orElseThrow();
    assertThat(stored.identification().personId()).contains(merdan);
    assertThat(stored.identification().nameAsGiven()).isEqualTo("Ахмедов Мердан");
    assertThat(people.searchNames("Ahmedow", 10)).as("no second record").hasSize(1);
  }

  @Test
  void aDifferentPersonIsCreatedWhenTheStepIsLeft() throws Exception {
    wizard.link().documentProperty().set("i aş 123456");
    wizard.link().nameProperty().set("Ahmedow Serdar");
    wizard.next();
    assertThat(wizard.link().candidates())
        .singleElement()
        .satisfies(c -> assertThat(c.documentMatched()).isTrue());

    wizard.link().different();
    assertThat(wizard.next()).isTrue();

    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.JOURNEY);
    String created = wizard.draft().identification().personId().orElseThrow();
    assertThat(created).isNotEqualTo(merdan);
    assertThat(people.find(created).orElseThrow().givenName()).isEqualTo("Serdar");
  }

  @Test
  void nobodyFoundCreatesThePersonAtOnceAndChangingTheNameAsksAgain() throws Exception {
    wizard.link().nameProperty().set("Orazowa Maral");
    assertThat(wizard.next()).isTrue();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.JOURNEY);
    String created = wizard.draft().identification().personId().orElseThrow();

    wizard.back();
    wizard.link().nameProperty().set("Ahmedow Merdan");
    assertThat(wizard.draft().identification().personId()).as("other values").isEmpty();
    wizard.next();
    assertThat(wizard.link().candidates()).extracting(c -> c.personId()).contains(merdan);
    assertThat(wizard.link().candidates()).extracting(c -> c.personId()).doesNotContain(created);
  }

  @Test
  void aLockedVaultIsSaidOnceThenTheScreeningGoesOnWithWhatWasTyped() throws Exception {
    wizard.link().nameProperty().set("Ahmedow Merdan");
    vault.lock();

    assertThat(wizard.next()).isTrue();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.PERSON);
    assertThat(wizard.link().lookupProperty().get()).isEqualTo(PersonLinkModel.Lookup.FAILED);

    wizard.next();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.JOURNEY);
    assertThat(wizard.draft().identification().nameAsGiven()).isEqualTo("Ahmedow Merdan");
    assertThat(wizard.draft().identification().personId()).isEmpty();
    assertThat(wizard.link().lookupProperty().get()).isEqualTo(PersonLinkModel.Lookup.NOT_YET);

    vault.unlock(ADMIN, pw(ADMIN_PASSWORD));
    people.awaitNameIndex(Duration.ofSeconds(5));
    wizard.back();
    assertThat(wizard.next()).isTrue();
    assertThat(wizard.stepProperty().get()).as("looked up again").isEqualTo(WizardStep.PERSON);
    assertThat(wizard.link().candidates()).extracting(c -> c.personId()).contains(merdan);
  }
}
