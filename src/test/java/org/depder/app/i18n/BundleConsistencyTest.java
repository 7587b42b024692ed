package org.depder.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three bundles are complete, parallel and valid ICU (STYLE.md 2 and 3). */
class BundleConsistencyTest {
  private final Map<Language, Map<String, String>> bundles = BundleFiles.load();

  @Test
  void everyLanguageHasExactlyTheEnglishKeys() {
    assertThat(BundleChecks.keySetsDiffer(bundles)).isEmpty();
  }

  @Test
  void keysAreInTheSameOrderInEveryFile() {
    Map<Language, List<String>> orders = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      orders.put(language, BundleFiles.keysInFileOrder(language));
    }
    assertThat(BundleChecks.keyOrderDiffers(orders)).isEmpty();
  }

  @Test
  void everyTranslationUsesTheSameArgumentsAsEnglish() {
    assertThat(BundleChecks.placeholdersDiffer(bundles)).isEmpty();
  }

  @Test
  void noTextIsEmpty() {
    assertThat(BundleChecks.emptyValues(bundles)).isEmpty();
  }

  @Test
  void everyTextIsAValidIcuPatternWithDoubledApostrophes() {
    assertThat(BundleChecks.invalidPatterns(bundles)).isEmpty();
  }

  @Test
  void turkmenAndRussianAreTranslated() {
    assertThat(BundleChecks.untranslated(bundles)).isEmpty();
  }

  @Test
  void turkmenIsWrittenInLatinScript() {
    bundles
        .get(Language.TK)
        .forEach(
            (key, value) ->
                assertThat(value.codePoints())
                    .as("tk %s must not contain Cyrillic letters", key)
                    .noneMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
  }
}
