package org.depder.ui.cases;

import java.util.Locale;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;

/** The words for a case's facts that are not enum labels: the person's language, the welaýat. */
final class FactTexts {
  private FactTexts() {}

  static String language(Messages m, String code) {
    String key =
        switch (code) {
          case "tk" -> "screening.language.tk";
          case "ru" -> "screening.language.ru";
          case "en" -> "screening.language.en";
          case "uz" -> "casesui.language.uz";
          case "fa" -> "casesui.language.fa";
          case "tr" -> "casesui.language.tr";
          default -> null;
        };
    return key == null ? code.toUpperCase(Locale.ROOT) : m.text(key);
  }

  /** The welaýat's name, "not known" for an empty code, the code while names are being read. */
  static String region(Messages m, Welayats welayats, String code, Language language) {
    if (code == null || code.isEmpty()) {
      return m.text("casesui.region.unknown");
    }
    return welayats.name(code, language);
  }
}
