package org.depder.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final String LIBRARIES = "about.libraries.heading";

  @Test
  void russianPluralsFollowCldrOneFewMany() {
    Messages ru = Messages.load(Language.RU);
    assertThat(ru.text(LIBRARIES, 1)).startsWith("1 встроенная библиотека");
    assertThat(ru.text(LIBRARIES, 2)).startsWith("2 встроенные библиотеки");
    assertThat(ru.text(LIBRARIES, 5)).startsWith("5 встроенных библиотек");
    assertThat(ru.text(LIBRARIES, 11)).startsWith("11 встроенных библиотек");
    assertThat(ru.text(LIBRARIES, 21)).startsWith("21 встроенная библиотека");
    assertThat(ru.text(LIBRARIES, 22)).startsWith("22 встроенные библиотеки");
    assertThat(ru.text(LIBRARIES, 25)).startsWith("25 встроенных библиотек");
  }

  @Test
  void turkmenPluralsAreOneAndOther() {
    Messages tk = Messages.load(Language.TK);
    assertThat(tk.text(LIBRARIES, 1)).isEqualTo("1 goşulan kitaphana we onuň ygtyýarnamasy");
    assertThat(tk.text(LIBRARIES, 5)).isEqualTo("5 goşulan kitaphana we olaryň ygtyýarnamalary");
  }

  @Test
  void englishPlurals() {
    Messages en = Messages.load(Language.EN);
    assertThat(en.text(LIBRARIES, 1)).isEqualTo("1 bundled library and its licence");
    assertThat(en.text(LIBRARIES, 10)).isEqualTo("10 bundled libraries and their licences");
  }

  @Test
  void argumentsAreFilledIn() {
    assertThat(Messages.load(Language.TK).text("about.version", "0.1.0"))
        .isEqualTo("Wersiýa 0.1.0");
  }

  @Test
  void doubledApostrophesPrintOnce() {
    Messages sample =
        new Messages(
            Language.EN, Map.of("x", "It''s {0}", "y", "Don''t"), Messages.MissingTextPolicy.FAIL);
    assertThat(sample.text("x", "here")).isEqualTo("It's here");
    assertThat(sample.text("y")).isEqualTo("Don't");
  }

  @Test
  void aMissingKeyFailsInStrictModeAndShowsTheKeyOtherwise() {
    assertThatThrownBy(() -> Messages.load(Language.RU).text("no.such.key"))
        .isInstanceOf(MissingTextException.class)
        .hasMessageContaining("no.such.key")
        .hasMessageContaining("messages_ru");
    assertThat(Messages.load(Language.RU, Messages.MissingTextPolicy.SHOW_KEY).text("no.such.key"))
        .isEqualTo("[no.such.key]");
  }

  @Test
  void englishIsLoadedExplicitlyWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ru-RU"));
      assertThat(Messages.load(Language.EN).text("settings.title")).isEqualTo("Settings");
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Messages.load(Language.TK).text("settings.title")).isEqualTo("Sazlamalar");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void longDatesFollowCldrAndEnglishIsDayMonthYear() {
    LocalDate date = LocalDate.of(2025, 3, 19);
    assertThat(Messages.load(Language.TK).date(date)).isEqualTo("19 mart 2025");
    assertThat(Messages.load(Language.RU).date(date)).isEqualTo("19 марта 2025\u202fг.");
    assertThat(Messages.load(Language.EN).date(date)).isEqualTo("19 Mar 2025");
  }

  @Test
  void numbersUseTheLanguagesSeparators() {
    assertThat(Messages.load(Language.EN).number(1234567.5)).isEqualTo("1,234,567.5");
    assertThat(Messages.load(Language.RU).number(1234567.5)).isEqualTo("1\u00a0234\u00a0567,5");
    assertThat(Messages.load(Language.TK).number(1234567.5)).isEqualTo("1\u00a0234\u00a0567,5");
  }

  @Test
  void languagesKnowTheirCodesAndNames() {
    assertThat(Language.fromCode("tk")).contains(Language.TK);
    assertThat(Language.fromCode("tr")).isEmpty();
    assertThat(Language.TK.locale().getLanguage()).isEqualTo("tk");
    assertThat(Language.TK.nativeName()).isEqualTo("Türkmençe");
    assertThat(Language.RU.nativeName()).isEqualTo("Русский");
    // Turkmen case rules are the English ones: I and i, never dotless ı
    assertThat("Iň uly".toLowerCase(Language.TK.locale())).isEqualTo("iň uly");
    assertThat("iň".toUpperCase(Language.TK.locale())).isEqualTo("IŇ");
  }
}
