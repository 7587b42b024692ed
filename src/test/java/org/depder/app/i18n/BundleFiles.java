package org.depder.app.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three bundles as the tests see them: key order from the files, values as loaded. */
final class BundleFiles {
  /** The checked-in sources (not target/classes): the order of keys is a property of the file. */
  static final Path DIR = Path.of("i18n");

  private BundleFiles() {}

  /** Language → (key → value), keys in file order. */
  static Map<Language, Map<String, String>> load() {
    Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Map<String, String> values = Messages.readBundle(language);
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String key : keysInFileOrder(language)) {
        ordered.put(key, values.get(key));
      }
      bundles.put(language, ordered);
    }
    return bundles;
  }

  static List<String> keysInFileOrder(Language language) {
    Path file = DIR.resolve("messages_" + language.code() + ".properties");
    try {
      List<String> keys = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
          continue;
        }
        int separator = trimmed.indexOf('=');
        keys.add(separator < 0 ? trimmed : trimmed.substring(0, separator).strip());
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
