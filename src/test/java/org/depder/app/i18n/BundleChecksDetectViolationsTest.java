package org.depder.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each bundle rule reports a violation on a sample that breaks it: no rule can go vacuous. */
class BundleChecksDetectViolationsTest {

  private static Map<Language, Map<String, String>> bundles(
      Map<String, String> en, Map<String, String> ru, Map<String, String> tk) {
    Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
    all.put(Language.EN, new LinkedHashMap<>(en));
    all.put(Language.RU, new LinkedHashMap<>(ru));
    all.put(Language.TK, new LinkedHashMap<>(tk));
    return all;
  }

  @Test
  void aKeyInOneFileOnlyIsReported() {
    var sample =
        bundles(
            Map.of("a.b", "Save"),
            Map.of("a.b", "Сохранить", "a.extra", "Лишний"),
            Map.of("a.b", "Sakla"));
    assertThat(BundleChecks.keySetsDiffer(sample)).containsExactly("ru has extra a.extra");
    var lacking = bundles(Map.of("a.b", "Save", "a.c", "Search"), Map.of(), Map.of());
    assertThat(BundleChecks.keySetsDiffer(lacking)).contains("tk lacks a.c", "ru lacks a.b");
  }

  @Test
  void aDifferentKeyOrderIsReported() {
    Map<Language, List<String>> orders = new EnumMap<>(Language.class);
    orders.put(Language.EN, List.of("a", "b"));
    orders.put(Language.RU, List.of("a", "b"));
    orders.put(Language.TK, List.of("b", "a"));
    assertThat(BundleChecks.keyOrderDiffers(orders))
        .containsExactly("tk keys are not in the order of en");
  }

  @Test
  void aMissingOrExtraArgumentIsReported() {
    var sample =
        bundles(
            Map.of("x", "Version {0}", "y", "{0, plural, one{# file} other{# files}}"),
            Map.of("x", "Версия", "y", "{0, plural, one{# файл} other{# файла}}"),
            Map.of("x", "Wersiýa {0} {1}", "y", "{0, plural, one{# faýl} other{# faýl}}"));
    assertThat(BundleChecks.placeholdersDiffer(sample)).hasSize(2);
  }

  @Test
  void anEmptyTextIsReported() {
    var sample = bundles(Map.of("x", "Close"), Map.of("x", " "), Map.of("x", "Ýap"));
    assertThat(BundleChecks.emptyValues(sample)).containsExactly("ru x is empty");
  }

  @Test
  void aLoneApostropheOrBrokenPatternIsReported() {
    var sample =
        bundles(
            Map.of("x", "Don't", "y", "It''s fine"),
            Map.of("x", "{0, plural, one{a}", "y", "Хорошо"),
            Map.of("x", "Bolýar", "y", "Gowy"));
    assertThat(BundleChecks.invalidPatterns(sample))
        .hasSize(2)
        .anyMatch(p -> p.startsWith("en x has an undoubled apostrophe"))
        .anyMatch(p -> p.startsWith("ru x is not ICU"));
  }

  @Test
  void anEnglishTextInTurkmenOrRussianIsReported() {
    var sample =
        bundles(
            Map.of("app.name", "Depder", "x", "Settings"),
            Map.of("app.name", "Depder", "x", "Настройки"),
            Map.of("app.name", "Depder", "x", "Settings"));
    assertThat(BundleChecks.untranslated(sample)).containsExactly("tk x is the English text");
  }
}
