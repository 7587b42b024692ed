package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningAccess;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;

class ScreeningAreaViewModelTest {
  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private final LiveTexts texts = new LiveTexts(Language.RU, Messages::load);
  private final ScreeningAreaViewModel area =
      new ScreeningAreaViewModel(
          texts,
          new SameThreadTaskRunner(),
          new RecordingDialogService(),
          new ScreeningAccess(repository, () -> "screener-3"),
          Duration.ZERO);

  @Test
  void aNewScreeningIsListedAfterLeavingTheWizardWithTheScreenerAndLanguage() {
    area.load(
        () ->
            ScreeningWorkspace.load(
                ReferenceDataLoader.bundled(), repository, ScreeningFixtures.CLOCK));
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.LIST);
    assertThat(area.drafts()).isEmpty();

    area.newScreening();
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.WIZARD);
    area.wizardProperty().get().context().trainedProperty().set(true);
    area.wizardProperty().get().leave();

    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.LIST);
    assertThat(area.drafts()).hasSize(1);
    assertThat(area.drafts().get(0).screenerId()).isEqualTo("screener-3");
    assertThat(area.drafts().get(0).setting().interviewLanguage()).isEqualTo(Language.RU);
    assertThat(area.describe(area.drafts().get(0)))
        .startsWith("Начата 19 марта 2026")
        .endsWith("Возвращение гражданина");
  }

  @Test
  void aFinalisedScreeningIsListedWithoutNamesOpenedReadOnlyAndCorrectedWithAReason()
      throws Exception {
    area.load(
        () ->
            ScreeningWorkspace.load(
                ReferenceDataLoader.bundled(), repository, ScreeningFixtures.CLOCK));
    area.newScreening();
    var wizard = area.wizardProperty().get();
    wizard.next();
    wizard.safety().aloneAndSafeProperty().set(org.depder.domain.screening.Answer.NO);
    wizard.safety().immediateDangerProperty().set(org.depder.domain.screening.Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(org.depder.domain.screening.Answer.NO);
    wizard.next(); // the stop page
    wizard.next(); // finalise
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.LIST);
    assertThat(area.drafts()).isEmpty();
    assertThat(area.finalised()).hasSize(1);
    assertThat(area.describeFinal(area.finalised().get(0)))
        .startsWith("Завершена 19 марта 2026")
        .contains("Возвращение гражданина")
        .contains("На этом этапе признаки не выявлены")
        .endsWith("(редакция 1)");

    area.openSelectedFinal();
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.RECORD);
    var record = area.recordProperty().get();
    assertThat(record.revisions()).hasSize(1);
    assertThat(record.describeRevision(record.revisions().get(0))).contains("завершена");

    record.correct();
    assertThat(record.problemKeyProperty().get()).isEqualTo("screening.record.reasonNeeded");
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.RECORD);

    record.reasonProperty().set("wrong post chosen");
    assertThat(record.problemKeyProperty().get()).isEmpty();
    record.correct();
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.WIZARD);
    var correction = area.wizardProperty().get().draft();
    assertThat(correction.revision()).isEqualTo(2);
    assertThat(correction.correctionReason()).contains("wrong post chosen");
    assertThat(area.wizardProperty().get().stepProperty().get())
        .as("a correction reopens the stopped screening where it stopped")
        .isEqualTo(WizardStep.STOPPED);

    area.wizardProperty().get().leave();
    assertThat(area.drafts()).extracting(d -> d.revision()).containsExactly(2);
    assertThat(area.finalised()).isEmpty();
    var revisions = repository.revisions(correction.id());
    assertThat(revisions).extracting(d -> d.revision()).containsExactly(1, 2);
    assertThat(revisions.get(0).finalised()).isTrue();
  }

  @Test
  void unreadableReferenceDataIsSaidAndNoScreeningStarts() {
    area.load(
        () -> {
          throw new ReferenceDataException(
              java.util.List.of(
                  new org.depder.app.referencedata.ValidationError(
                      "indicators/tm-draft-2025.1.json",
                      "$",
                      org.depder.app.referencedata.ValidationCode.FILE_NOT_FOUND,
                      "missing")));
        });
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.LOAD_FAILED);
    area.newScreening();
    assertThat(area.modeProperty().get()).isEqualTo(ScreeningAreaViewModel.Mode.LOAD_FAILED);
  }
}
