package org.depder.launch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.depder.app.AppVersion;
import org.depder.app.FormatVersions;

/**
 * What {@code --version} prints: our version, every stored or wire format's version, Java and
 * JavaFX, and a Turkmen and a Russian date — which proves that a packaged runtime kept the locale
 * data (without {@code jdk.localedata} both print "2025 Mar 19").
 */
record VersionInfo(
    String appVersion,
    Map<String, Integer> formats,
    String javaVersion,
    String javaFxVersion,
    String localeCheck) {

  private static final LocalDate SAMPLE_DATE = LocalDate.of(2025, 3, 19);

  static VersionInfo current() {
    return new VersionInfo(
        AppVersion.current(),
        FormatVersions.all(),
        System.getProperty("java.version"),
        readJavaFxVersion(),
        "tk \"" + longDate("tk") + "\", ru \"" + longDate("ru") + "\"");
  }

  private static String longDate(String language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(language))
        .format(SAMPLE_DATE);
  }

  /**
   * Reads JavaFX's version without starting the toolkit (reflection keeps the launcher free of
   * JavaFX imports).
   */
  private static String readJavaFxVersion() {
    try {
      Class<?> info = Class.forName("com.sun.javafx.runtime.VersionInfo");
      return (String) info.getMethod("getRuntimeVersion").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return "not available";
    }
  }

  String describe() {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder("Depder ").append(appVersion).append(nl);
    formats.forEach(
        (name, version) ->
            out.append("  format ").append(name).append(' ').append(version).append(nl));
    out.append("  Java ").append(javaVersion).append(nl);
    out.append("  JavaFX ").append(javaFxVersion).append(nl);
    out.append("  dates ").append(localeCheck);
    return out.toString();
  }
}
