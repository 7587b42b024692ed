package org.depder.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.ConflictDetail;
import org.depder.app.replication.ConflictDetail.Candidate;
import org.depder.app.replication.ConflictDetail.FieldConflict;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.OutboxItem;
import org.depder.ui.LiveTexts;
import org.depder.ui.sync.InMemoryReplication;
import org.junit.jupiter.api.Test;

class ConflictsViewModelTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-19T09:30:00Z"), ZoneOffset.UTC);
  static final EntityRef SCREENING =
      new EntityRef("screening", UUID.fromString("0190a1b2-0000-7000-8000-000000000001"));
  static final EntityRef PERSON =
      new EntityRef("person", UUID.fromString("0190c3d4-0000-7000-8000-000000000002"));
  static final UUID AMAN = UUID.fromString("0190a1b2-0000-7000-8000-0000000000a1");
  static final UUID MAYSA = UUID.fromString("0190a1b2-0000-7000-8000-0000000000b2");
  static final UUID SELF = UUID.fromString("0190a1b2-0000-7000-8000-0000000000c3");
  static final UUID OTHER = UUID.fromString("0190a1b2-0000-7000-8000-0000000000d4");

  private final LiveTexts texts = new LiveTexts(Language.EN, Messages::load);
  private final InMemoryReplication replication = new InMemoryReplication(CLOCK, true);
  private final ConflictsViewModel vm =
      new ConflictsViewModel(texts, new SameThreadTaskRunner(), replication, CLOCK);

  /** A screening whose notes and outcome were changed on two laptops, and a person's name. */
  static void seed(InMemoryReplication replication) {
    Instant t = Instant.parse("2026-03-18T07:15:00Z");
    replication.addConflict(
        new ConflictDetail(
            SCREENING,
            List.of(
                new FieldConflict(
                    "notes",
                    true,
                    List.of(
                        new Candidate(
                            AMAN, "Met at the bus station", "Aman Orazow", "a1b2c3d4", t, false),
                        new Candidate(
                            MAYSA,
                            "Met at the border post",
                            "Maýsa Berdiýewa",
                            "e5f6a7b8",
                            t.plusSeconds(600),
                            true))),
                new FieldConflict(
                    "outcome",
                    false,
                    List.of(
                        new Candidate(SELF, "presumed", "Aman Orazow", "a1b2c3d4", t, true),
                        new Candidate(
                            OTHER,
                            "",
                            "Maýsa Berdiýewa",
                            "e5f6a7b8",
                            t.minusSeconds(60),
                            false))))));
    replication.addConflict(
        new ConflictDetail(
            PERSON,
            List.of(
                new FieldConflict(
                    "givenName",
                    true,
                    List.of(
                        new Candidate(
                            UUID.randomUUID(),
                            "Merdan",
                            "Aman Orazow",
                            "a1b2c3d4",
                            t.plusSeconds(7200),
                            true),
                        new Candidate(
                            UUID.randomUUID(),
                            "Merdan A.",
                            "Maýsa Berdiýewa",
                            "e5f6a7b8",
                            t.plusSeconds(7300),
                            false))))));
  }

  @Test
  void theListShowsKindFieldsAndSinceWithoutValuesAndTheOldestIsOpen() {
    seed(replication);
    vm.refresh();
    assertThat(vm.conflicts()).hasSize(2);
    assertThat(vm.describe(vm.conflicts().get(0)))
        .isEqualTo("Screening 0190a1b2: 2 fields in conflict since 18 Mar 2026, 07:14");
    assertThat(vm.describe(vm.conflicts().get(1))).startsWith("Person 0190c3d4: 1 field");
    assertThat(vm.shownProperty().get()).isEqualTo(SCREENING);
    assertThat(vm.fields()).extracting(FieldChoice::field).containsExactly("notes", "outcome");
    texts.switchTo(Language.RU);
    assertThat(vm.describe(vm.conflicts().get(0)))
        .startsWith("Первичная оценка 0190a1b2: 2 поля в конфликте с 18 марта 2026");
  }

  @Test
  void everyCandidateIsShownWithAuthorDeviceAndTimeAndAnEmptyValueSaysSo() {
    seed(replication);
    vm.refresh();
    FieldChoice outcome = vm.fields().get(1);
    assertThat(outcome.candidates()).hasSize(2);
    assertThat(vm.provenance(outcome.candidates().get(0)))
        .isEqualTo("By Aman Orazow on device a1b2c3d4, 18 Mar 2026, 07:15");
    assertThat(vm.value(outcome.candidates().get(1))).isEqualTo("(left empty)");
    assertThat(outcome.decidedProperty().get()).as("nothing is chosen for the user").isFalse();
  }

  @Test
  void aFieldWithoutATranslatedLabelShowsItsOwnName() {
    Messages en = Messages.load(Language.EN);
    assertThat(ConflictsViewModel.fieldLabel(en, "screening", "notes")).isEqualTo("notes");
    assertThat(en.has("field.screening.notes")).isFalse();
    assertThat(en.has("conflicts.resolve")).isTrue();
  }

  @Test
  void pickingAValueResolvesTheFieldQueuesTheRevisionAndKeepsTheRecordOpen() throws Exception {
    seed(replication);
    vm.refresh();
    FieldChoice notes = vm.fields().get(0);
    notes.pick(AMAN);
    assertThat(notes.decidedProperty().get()).isTrue();

    vm.resolve(notes);

    assertThat(replication.resolutions()).containsExactly("screening/notes=Met at the bus station");
    assertThat(vm.statusText().get())
        .isEqualTo("Recorded your choice for \"notes\". It is sent with the next bundle.");
    assertThat(vm.failedProperty().get()).isFalse();
    assertThat(vm.shownProperty().get()).isEqualTo(SCREENING);
    assertThat(vm.fields()).extracting(FieldChoice::field).containsExactly("outcome");
    assertThat(vm.describe(vm.conflicts().get(0))).contains("1 field in conflict");
    assertThat(replication.outbox())
        .singleElement()
        .matches(i -> i.state() == OutboxItem.State.PENDING && i.entityType().equals("screening"));
  }

  @Test
  void anEditedTextResolvesAndTheLastFieldTakesTheRecordOffTheList() throws Exception {
    seed(replication);
    vm.refresh();
    vm.selectedProperty().set(vm.conflicts().get(1));
    assertThat(vm.shownProperty().get()).isEqualTo(PERSON);
    FieldChoice name = vm.fields().get(0);
    assertThat(name.editedTextProperty().get())
        .as("starts from the value shown")
        .isEqualTo("Merdan");
    name.edit();
    name.editedTextProperty().set("Merdan Ahmedow");

    vm.resolve(name);

    assertThat(replication.resolutions()).containsExactly("person/givenName=Merdan Ahmedow");
    assertThat(vm.conflicts()).singleElement().matches(s -> s.entity().equals(SCREENING));
    assertThat(vm.shownProperty().get()).isEqualTo(SCREENING);
    assertThat(replication.conflicted("person")).isEmpty();
  }

  @Test
  void aFieldThatIsNotTextCannotBeEdited() throws Exception {
    seed(replication);
    vm.refresh();
    FieldChoice outcome = vm.fields().get(1);
    outcome.edit();
    assertThat(outcome.editingProperty().get()).isFalse();
    assertThat(outcome.decidedProperty().get()).isFalse();
    vm.resolve(outcome);
    assertThat(replication.resolutions()).isEmpty();
  }

  @Test
  void aConflictSettledElsewhereMeanwhileIsSaidAndTheListIsReadAgain() throws Exception {
    seed(replication);
    vm.refresh();
    FieldChoice notes = vm.fields().get(0);
    notes.pick(MAYSA);
    replication.resolve(SCREENING, "notes", new org.depder.app.replication.Resolution.Pick(AMAN));

    vm.resolve(notes);

    assertThat(vm.failedProperty().get()).isTrue();
    assertThat(vm.statusText().get())
        .isEqualTo("That record no longer has this conflict; the list was read again.");
    assertThat(vm.fields()).extracting(FieldChoice::field).containsExactly("outcome");
    texts.switchTo(Language.TK);
    assertThat(vm.statusText().get()).startsWith("Bu ýazgyda indi bu gapma-garşylyk ýok");
  }

  @Test
  void withNoConflictsNothingIsShown() {
    vm.refresh();
    assertThat(vm.conflicts()).isEmpty();
    assertThat(vm.shownProperty().get()).isNull();
    assertThat(vm.fields()).isEmpty();
  }
}
