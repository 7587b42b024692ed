package org.depder.app.settings;

import java.util.Objects;
import java.util.Optional;
import org.depder.app.i18n.Language;

/**
 * The user's preferences for this laptop. Nothing here is about a person: settings are stored in
 * plain text next to the encrypted vault.
 *
 * @param language empty until the user has picked one on first start
 */
public record Settings(Optional<Language> language, Theme theme, TextSize textSize) {

  public Settings {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(textSize, "textSize");
  }

  /** What a fresh installation starts with: no language yet, light theme, normal text. */
  public static Settings defaults() {
    return new Settings(Optional.empty(), Theme.LIGHT, TextSize.NORMAL);
  }

  public Settings withLanguage(Language newLanguage) {
    return new Settings(Optional.of(newLanguage), theme, textSize);
  }

  public Settings withTheme(Theme newTheme) {
    return new Settings(language, newTheme, textSize);
  }

  public Settings withTextSize(TextSize newSize) {
    return new Settings(language, theme, newSize);
  }
}
