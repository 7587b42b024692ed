package org.depder.app.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-interface texts of one language, read from {@code i18n/messages_<code>.properties}.
 *
 * <p>Each language's file is loaded explicitly by its own name. There is deliberately no {@link
 * java.util.ResourceBundle} here: its fallback chain goes through the operating system's locale, so
 * on a Russian Windows a "default" English bundle would silently return Russian (and a missing
 * Turkmen key would silently show English). The i18n tests keep the three files complete instead.
 *
 * <p>Texts are ICU {@link MessageFormat} patterns (plurals per CLDR: one/few/many/other in Russian,
 * one/other in Turkmen); apostrophes are doubled in every value.
 *
 * <p>A missing key is a programming error (the tests check that every key used in the sources
 * exists). {@link MissingTextPolicy#FAIL} throws, for tests and development; {@link
 * MissingTextPolicy#SHOW_KEY} shows the key in brackets and logs a warning, for released builds,
 * where a readable key is better than a crash in front of a person being screened.
 */
public final class Messages {
  /**
   * Looked up when first needed, not when the class loads: creating the first logger starts Logback
   * (about 0.1 s), and this class is on the path to the first frame.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(Messages.class);
  }

  /** What {@link #text} does with a key the bundle lacks. */
  public enum MissingTextPolicy {
    FAIL,
    SHOW_KEY
  }

  private final Language language;
  private final Map<String, String> patterns;
  private final MissingTextPolicy policy;
  private ULocale icuLocale;

  Messages(Language language, Map<String, String> patterns, MissingTextPolicy policy) {
    this.language = language;
    this.patterns = Map.copyOf(patterns);
    this.policy = policy;
  }

  /** Created on first use: loading ICU costs about 0.2 s and most labels never need it. */
  private ULocale locale() {
    if (icuLocale == null) {
      icuLocale = ULocale.forLocale(language.locale());
    }
    return icuLocale;
  }

  /** Loads the bundle of {@code language} from the classpath; missing keys throw. */
  public static Messages load(Language language) {
    return load(language, MissingTextPolicy.FAIL);
  }

  public static Messages load(Language language, MissingTextPolicy policy) {
    return new Messages(language, readBundle(language), policy);
  }

  /** The raw key → pattern table of a bundle, as stored (for the i18n consistency tests). */
  public static Map<String, String> readBundle(Language language) {
    String resource = bundleResource(language);
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing UI bundle on the classpath: " + resource);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> table = new HashMap<>();
      properties.forEach((k, v) -> table.put((String) k, (String) v));
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  public static String bundleResource(Language language) {
    return "i18n/messages_" + language.code() + ".properties";
  }

  public Language language() {
    return language;
  }

  /**
   * Whether this bundle has {@code key}: for texts that exist for some values only (a field label
   * shown when translated, else the field's own name), without the missing-key policy.
   */
  public boolean has(String key) {
    return patterns.containsKey(key);
  }

  /** The text for {@code key}, with {@code args} filled in by ICU MessageFormat. */
  public String text(String key, Object... args) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      return missing(key);
    }
    if (args.length == 0 && isLiteral(pattern)) {
      // Most labels have neither arguments nor quotes: skip ICU, which keeps it off the start path.
      return pattern;
    }
    if (SimpleArguments.applies(pattern, args)) {
      return SimpleArguments.format(pattern, args);
    }
    // a new MessageFormat each time: ICU's is not thread-safe, and parsing a short pattern is cheap
    return new MessageFormat(pattern, locale()).format(args);
  }

  private static boolean isLiteral(String pattern) {
    return pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0;
  }

  private String missing(String key) {
    if (policy == MissingTextPolicy.FAIL) {
      throw new MissingTextException(key, language);
    }
    log().warn("Missing UI text {} in language {}", key, language.code());
    return "[" + key + "]";
  }

  /**
   * A calendar date the way this language writes it in prose: "19 mart 2025", "19 марта 2025 г.",
   * "19 Mar 2025". English uses day-month-year, never the ambiguous MM/dd.
   */
  public String date(LocalDate date) {
    DateFormat format =
        language == Language.EN
            ? new SimpleDateFormat("d MMM y", locale())
            : DateFormat.getDateInstance(DateFormat.LONG, locale());
    format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** A number with this language's separators ("1 234,5" in tk and ru, "1,234.5" in en). */
  public String number(Number value) {
    return NumberFormat.getNumberInstance(locale()).format(value);
  }
}
