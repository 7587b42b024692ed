package org.depder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.settings.Settings;
import org.depder.app.settings.SettingsService;
import org.depder.app.settings.SettingsStore;
import org.depder.app.settings.TextSize;
import org.depder.app.settings.Theme;
import org.depder.ui.Appearance;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without a Stage or the JavaFX toolkit: properties and bindings only. */
class SettingsViewModelTest {
  @TempDir Path dir;

  private final RecordingDialogService dialogs = new RecordingDialogService();
  private LiveTexts texts;
  private Appearance appearance;
  private SettingsStore store;

  private SettingsViewModel viewModel(Path settingsFile) {
    store = new SettingsStore(settingsFile);
    Settings initial = Settings.defaults().withLanguage(Language.EN);
    texts = new LiveTexts(Language.EN, Messages::load);
    appearance = new Appearance(initial.theme(), initial.textSize());
    SettingsService service = new SettingsService(store, initial, new SameThreadTaskRunner());
    return new SettingsViewModel(texts, appearance, service, dialogs);
  }

  @Test
  void choosingALanguageRelabelsBoundTextsAndIsSaved() {
    SettingsViewModel viewModel = viewModel(dir.resolve("settings.properties"));
    var title = viewModel.text("settings.title");
    var dark = viewModel.themeLabel(Theme.DARK);
    assertThat(title.get()).isEqualTo("Settings");

    viewModel.languageProperty().set(Language.TK);

    assertThat(title.get()).isEqualTo("Sazlamalar");
    assertThat(dark.get()).isEqualTo("Garaňky");
    assertThat(texts.language()).isEqualTo(Language.TK);
    assertThat(store.load().language()).contains(Language.TK);
  }

  @Test
  void themeAndTextSizeChangeTheAppearanceAndAreSaved() {
    SettingsViewModel viewModel = viewModel(dir.resolve("settings.properties"));
    viewModel.themeProperty().set(Theme.DARK);
    viewModel.textSizeProperty().set(TextSize.LARGEST);
    assertThat(appearance.themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(store.load().theme()).isEqualTo(Theme.DARK);
    assertThat(store.load().textSize()).isEqualTo(TextSize.LARGEST);
  }

  @Test
  void textSizeLabelsCarryThePercentage() {
    SettingsViewModel viewModel = viewModel(dir.resolve("settings.properties"));
    assertThat(viewModel.textSizeLabel(TextSize.LARGE).get()).isEqualTo("Large (115%)");
    viewModel.languageProperty().set(Language.RU);
    assertThat(viewModel.textSizeLabel(TextSize.LARGE).get()).isEqualTo("Крупный (115\u00a0%)");
  }

  @Test
  void aFailedSaveIsShownInTheCurrentLanguage() throws Exception {
    Path blocker = dir.resolve("file-not-dir");
    Files.writeString(blocker, "x");
    SettingsViewModel viewModel = viewModel(blocker.resolve("settings.properties"));
    viewModel.languageProperty().set(Language.RU);
    assertThat(dialogs.errors()).hasSize(1).first().asString().startsWith("Настройки не сохранены");
    assertThat(texts.language()).isEqualTo(Language.RU);
  }

  @Test
  void languagesAreNamedInThemselves() {
    SettingsViewModel viewModel = viewModel(dir.resolve("settings.properties"));
    assertThat(viewModel.languages())
        .extracting(viewModel::languageName)
        .containsExactly("Türkmençe", "Русский", "English");
  }
}
