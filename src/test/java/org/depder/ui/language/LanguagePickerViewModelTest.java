package org.depder.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.settings.Settings;
import org.depder.app.settings.SettingsService;
import org.depder.app.settings.SettingsStore;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagePickerViewModelTest {
  @TempDir Path dir;

  @Test
  void everyChoiceSpeaksItsOwnLanguage() {
    LanguagePickerViewModel viewModel =
        picker(new AtomicInteger(), new SettingsStore(dir.resolve("s")));
    assertThat(viewModel.choices())
        .extracting(LanguagePickerViewModel.Choice::name, LanguagePickerViewModel.Choice::prompt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Türkmençe", "Programmanyň dilini saýlaň"),
            org.assertj.core.groups.Tuple.tuple("Русский", "Выберите язык программы"),
            org.assertj.core.groups.Tuple.tuple("English", "Choose the language of the program"));
  }

  @Test
  void choosingSwitchesSavesAndMovesOn() {
    AtomicInteger movedOn = new AtomicInteger();
    SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
    LanguagePickerViewModel viewModel = picker(movedOn, store);
    viewModel.choose(Language.TK);
    assertThat(texts.language()).isEqualTo(Language.TK);
    assertThat(store.load().language()).contains(Language.TK);
    assertThat(movedOn).hasValue(1);
  }

  private LiveTexts texts;

  private LanguagePickerViewModel picker(AtomicInteger movedOn, SettingsStore store) {
    texts = new LiveTexts(Language.EN, Messages::load);
    SettingsService settings =
        new SettingsService(store, Settings.defaults(), new SameThreadTaskRunner());
    return new LanguagePickerViewModel(
        texts, settings, new RecordingDialogService(), movedOn::incrementAndGet);
  }
}
