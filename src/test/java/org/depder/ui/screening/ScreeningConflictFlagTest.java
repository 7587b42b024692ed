package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.replication.EntityRef;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.domain.screening.Answer;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.depder.ui.sync.InMemoryReplication;
import org.junit.jupiter.api.Test;

/** Finalised screenings with an open sync conflict are flagged in the list, in words. */
class ScreeningConflictFlagTest {
  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private final LiveTexts texts = new LiveTexts(Language.TK, Messages::load);
  private final InMemoryReplication replication =
      new InMemoryReplication(ScreeningFixtures.CLOCK, true);

  private ScreeningAreaViewModel area(Optional<InMemoryReplication> conflicts) {
    ScreeningAreaViewModel area =
        new ScreeningAreaViewModel(
            texts,
            new SameThreadTaskRunner(),
            new RecordingDialogService(),
            new ScreeningAccess(repository, () -> "screener-3"),
            Duration.ZERO,
            conflicts.map(c -> c));
    area.load(
        () ->
            ScreeningWorkspace.load(
                ReferenceDataLoader.bundled(), repository, ScreeningFixtures.CLOCK));
    return area;
  }

  static void finaliseOne(ScreeningAreaViewModel area) {
    area.newScreening();
    var wizard = area.wizardProperty().get();
    wizard.next();
    wizard.safety().aloneAndSafeProperty().set(Answer.NO);
    wizard.safety().immediateDangerProperty().set(Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
    wizard.next(); // the stop page
    wizard.next(); // finalise
  }

  @Test
  void aScreeningWithAConflictIsFlaggedAndTheFlagGoesWhenItIsResolved() throws Exception {
    ScreeningAreaViewModel area = area(Optional.of(replication));
    finaliseOne(area);
    finaliseOne(area);
    var flagged = area.finalised().get(0);
    var other = area.finalised().get(1);
    EntityRef ref = new EntityRef("screening", flagged.id());
    replication.addConflict(replication.sampleConflict(ref));
    replication.addConflict(replication.sampleConflict(new EntityRef("person", other.id())));

    area.showList();

    assertThat(area.hasConflict(area.finalised().get(0))).isTrue();
    assertThat(area.hasConflict(area.finalised().get(1)))
        .as("a conflict on a person with the same id is not this screening's")
        .isFalse();
    assertThat(area.conflictFlag()).isEqualTo("Barlanmaly gapma-garşylyk");

    var notes = replication.conflict(ref).fields().get(0);
    replication.resolve(
        ref,
        notes.field(),
        new org.depder.app.replication.Resolution.Pick(notes.candidates().get(0).revisionId()));
    area.showList();
    assertThat(area.conflicted()).isEmpty();
  }

  @Test
  void withoutAConflictServiceNothingIsFlagged() {
    ScreeningAreaViewModel area = area(Optional.empty());
    finaliseOne(area);
    assertThat(area.hasConflict(area.finalised().get(0))).isFalse();
  }
}
