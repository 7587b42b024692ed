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
