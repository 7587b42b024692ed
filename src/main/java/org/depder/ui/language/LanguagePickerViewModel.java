package org.depder.ui.language;

import java.util.Arrays;
import java.util.List;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.settings.SettingsService;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;

/**
 * First start: the user picks the language before anything else. Each choice speaks its own
 * language, because nobody can be expected to read the others.
 */
public final class LanguagePickerViewModel {

  /** One language as offered: its own name, and the prompt and hint written in that language. */
  public record Choice(Language language, String name, String prompt, String hint) {}

  private final LiveTexts texts;
  private final SettingsService settings;
  private final DialogService dialogs;
  private final Runnable onChosen;

  public LanguagePickerViewModel(
      LiveTexts texts, SettingsService settings, DialogService dialogs, Runnable onChosen) {
    this.texts = texts;
    this.settings = settings;
    this.dialogs = dialogs;
    this.onChosen = onChosen;
  }

  /** The application's name, the same in every language. */
  public String appName() {
    return texts.messages().text("app.name");
  }

  public List<Choice> choices() {
    return Arrays.stream(Language.values()).map(this::choiceOf).toList();
  }

  private Choice choiceOf(Language language) {
    Messages own = texts.messagesFor(language);
    return new Choice(
        language,
        language.nativeName(),
        own.text("language.picker.prompt"),
        own.text("language.picker.hint"));
  }

  /** Switches the interface to {@code language}, remembers it, and moves on to the main window. */
  public void choose(Language language) {
    texts.switchTo(language);
    settings.update(s -> s.withLanguage(language), this::reportSaveFailure);
    onChosen.run();
  }

  private void reportSaveFailure(Throwable error) {
    Messages messages = texts.messages();
    dialogs.showError(
        messages.text("settings.saveFailed.title"), messages.text("settings.saveFailed.detail"));
  }
}
