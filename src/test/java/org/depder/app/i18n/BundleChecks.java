package org.depder.app.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules every set of bundles must follow, as functions that return the violations found (empty
 * when the rule holds). Kept apart from the tests so that {@code BundleChecksDetectViolationsTest}
 * can prove each rule catches a broken sample.
 */
final class BundleChecks {
  /** Texts that are the same in every language by nature. */
  static final Set<String> SAME_IN_ALL_LANGUAGES = Set.of("app.name");

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private BundleChecks() {}

  static List<String> keySetsDiffer(Map<Language, Map<String, String>> bundles) {
    Set<String> english = bundles.get(Language.EN).keySet();
    List<String> problems = new ArrayList<>();
    bundles.forEach(
        (language, values) -> {
          Set<String> missing = new TreeSet<>(english);
          missing.removeAll(values.keySet());
          Set<String> extra = new TreeSet<>(values.keySet());
          extra.removeAll(english);
          missing.forEach(k -> problems.add(language.code() + " lacks " + k));
          extra.forEach(k -> problems.add(language.code() + " has extra " + k));
        });
    return problems;
  }

  static List<String> keyOrderDiffers(Map<Language, List<String>> keyOrders) {
    List<String> english = keyOrders.get(Language.EN);
    List<String> problems = new ArrayList<>();
    keyOrders.forEach(
        (language, order) -> {
          if (!order.equals(english)) {
            problems.add(language.code() + " keys are not in the order of en");
          }
        });
    return problems;
  }

  static List<String> placeholdersDiffer(Map<Language, Map<String, String>> bundles) {
    List<String> problems = new ArrayList<>();
    bundles
        .get(Language.EN)
        .forEach(
            (key, englishValue) -> {
              Set<String> expected = arguments(englishValue);
              bundles.forEach(
                  (language, values) -> {
                    String value = values.get(key);
                    if (value != null && !arguments(value).equals(expected)) {
                      problems.add(
                          language.code()
                              + " "
                              + key
                              + " has arguments "
                              + arguments(value)
                              + ", en has "
                              + expected);
                    }
                  });
            });
    return problems;
  }

  static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  static List<String> emptyValues(Map<Language, Map<String, String>> bundles) {
    List<String> problems = new ArrayList<>();
    bundles.forEach(
        (language, values) ->
            values.forEach(
                (key, value) -> {
                  if (value == null || value.isBlank()) {
                    problems.add(language.code() + " " + key + " is empty");
                  }
                }));
    return problems;
  }

  /** A lone apostrophe starts ICU quoting and silently swallows text; every one must be doubled. */
  static List<String> invalidPatterns(Map<Language, Map<String, String>> bundles) {
    List<String> problems = new ArrayList<>();
    bundles.forEach(
        (language, values) ->
            values.forEach(
                (key, value) -> {
                  if (LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(language.code() + " " + key + " has an undoubled apostrophe");
                  }
                  try {
                    new MessageFormat(value, language.locale());
                  } catch (IllegalArgumentException e) {
                    problems.add(language.code() + " " + key + " is not ICU: " + e.getMessage());
                  }
                }));
    return problems;
  }

  /** A Turkmen or Russian text equal to the English one is almost always an untranslated text. */
  static List<String> untranslated(Map<Language, Map<String, String>> bundles) {
    Map<String, String> english = bundles.get(Language.EN);
    return bundles.entrySet().stream()
        .filter(e -> e.getKey() != Language.EN)
        .flatMap(
            e ->
                e.getValue().entrySet().stream()
                    .filter(v -> !SAME_IN_ALL_LANGUAGES.contains(v.getKey()))
                    .filter(v -> v.getValue().equals(english.get(v.getKey())))
                    .map(v -> e.getKey().code() + " " + v.getKey() + " is the English text"))
        .collect(Collectors.toList());
  }
}
