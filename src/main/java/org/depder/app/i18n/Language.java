package org.depder.app.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three languages of the user interface. Each language's own name is data, not a translation:
 * "Türkmençe" reads the same whichever language the UI is in, which is what the language picker
 * needs before any language has been chosen.
 *
 * <p>Turkmen is {@code tk}, never {@code tr}: Turkish case rules map I to dotless ı, which is wrong
 * for Turkmen (I↔i as in English). The JDK and ICU apply no special case rules for {@code tk}.
 */
public enum Language {
  TK("tk", "Türkmençe"),
  RU("ru", "Русский"),
  EN("en", "English");

  private final String code;
  private final String nativeName;
  private final Locale locale;

  Language(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
    this.locale = Locale.forLanguageTag(code);
  }

  /** The ISO 639-1 code, also the suffix of the bundle file ({@code messages_tk.properties}). */
  public String code() {
    return code;
  }

  /** The language's name in itself. */
  public String nativeName() {
    return nativeName;
  }

  public Locale locale() {
    return locale;
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
