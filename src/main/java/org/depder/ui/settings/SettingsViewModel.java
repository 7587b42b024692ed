package org.depder.ui.settings;

import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.settings.SettingsService;
import org.depder.app.settings.TextSize;
import org.depder.app.settings.Theme;
import org.depder.ui.Appearance;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;

/**
 * Language, theme and text size. Every change applies at once (the whole interface re-labels or
 * restyles) and is saved in the background; if saving fails the user is told, and the change still
 * holds until the program closes.
 */
public final class SettingsViewModel {
  private final LiveTexts texts;
  private final SettingsService settings;
  private final DialogService dialogs;
  private final ObjectProperty<Language> language;
  private final Appearance appearance;

  public SettingsViewModel(
      LiveTexts texts, Appearance appearance, SettingsService settings, DialogService dialogs) {
    this.texts = texts;
    this.settings = settings;
    this.dialogs = dialogs;
    this.appearance = appearance;
    this.language = new SimpleObjectProperty<>(texts.language());

    language.addListener((obs, old, chosen) -> switchLanguage(chosen));
    texts.messagesProperty().addListener((obs, old, now) -> language.set(now.language()));
    appearance
        .themeProperty()
        .addListener((obs, old, theme) -> settings.update(s -> s.withTheme(theme), this::failed));
    appearance
        .textSizeProperty()
        .addListener((obs, old, size) -> settings.update(s -> s.withTextSize(size), this::failed));
  }

  private void switchLanguage(Language chosen) {
    texts.switchTo(chosen);
    settings.update(s -> s.withLanguage(chosen), this::failed);
  }

  private void failed(Throwable error) {
    Messages messages = texts.messages();
    dialogs.showError(
        messages.text("settings.saveFailed.title"), messages.text("settings.saveFailed.detail"));
  }

  public ObjectProperty<Language> languageProperty() {
    return language;
  }

  public ObjectProperty<Theme> themeProperty() {
    return appearance.themeProperty();
  }

  public ObjectProperty<TextSize> textSizeProperty() {
    return appearance.textSizeProperty();
  }

  public List<Language> languages() {
    return List.of(Language.values());
  }

  public List<Theme> themes() {
    return List.of(Theme.values());
  }

  public List<TextSize> textSizes() {
    return List.of(TextSize.values());
  }

  /** A language is always named in itself, whatever the current language. */
  public String languageName(Language value) {
    return value.nativeName();
  }

  public StringBinding themeLabel(Theme theme) {
    return texts.text(theme.labelKey());
  }

  public StringBinding textSizeLabel(TextSize size) {
    return texts.text(size.labelKey(), size.percent());
  }

  public StringBinding text(String key) {
    return texts.text(key);
  }
}
