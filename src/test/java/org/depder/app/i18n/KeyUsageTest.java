package org.depder.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every key used in the code exists in English, and every English key is used: as a full string
 * literal in src/main/java or as {@code %key} in FXML (STYLE.md 1). This is why keys are never
 * assembled from pieces: an assembled key would look unused here.
 */
class KeyUsageTest {
  private static final Path[] MAIN_SOURCES = {
    Path.of("src/main/java"), Path.of("src/main/resources")
  };

  private final Set<String> englishKeys = Messages.readBundle(Language.EN).keySet();
  private final KeyUsageScanner scanner =
      new KeyUsageScanner(KeyUsageScanner.namespacesOf(englishKeys));

  @Test
  void everyKeyUsedInTheSourcesExistsInEnglish() {
    Set<String> missing = new TreeSet<>(scanner.keysUsedUnder(MAIN_SOURCES));
    missing.removeAll(englishKeys);
    assertThat(missing).as("keys used in src/main but missing from messages_en").isEmpty();
  }

  @Test
  void everyEnglishKeyIsUsedSomewhere() {
    Set<String> unused = new TreeSet<>(englishKeys);
    unused.removeAll(scanner.keysUsedUnder(MAIN_SOURCES));
    assertThat(unused).as("keys in messages_en that no source in src/main uses").isEmpty();
  }

  @Test
  void scannerFindsJavaLiteralsAndFxmlKeysButNotFileNames() {
    KeyUsageScanner sample = new KeyUsageScanner(Set.of("settings", "about"));
    assertThat(
            sample.keysInJava(
                "text(\"settings.title\"); Path.of(\"settings.properties\");"
                    + " get(\"depder.home\"); x(\"about.version\", v);"))
        .containsExactly("about.version", "settings.title");
    assertThat(KeyUsageScanner.keysInFxml("<Label text=\"%settings.title\"/>"))
        .containsExactly("settings.title");
  }
}
