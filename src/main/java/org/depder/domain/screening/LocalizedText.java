package org.depder.domain.screening;

import java.util.Objects;

/** A text in the three languages of the product. */
public record LocalizedText(String en, String ru, String tk) {
  public LocalizedText {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(ru, "ru");
    Objects.requireNonNull(tk, "tk");
  }

  /** The text for a language tag "en", "ru" or "tk"; English only when asked for explicitly. */
  public String in(String language) {
    return switch (language) {
      case "en" -> en;
      case "ru" -> ru;
      case "tk" -> tk;
      default -> throw new IllegalArgumentException("unsupported language: " + language);
    };
  }
}
