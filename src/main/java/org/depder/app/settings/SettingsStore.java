package org.depder.app.settings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.depder.app.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link Settings} as a small {@code java.util.Properties} file.
 *
 * <p>Format version {@value #FORMAT_VERSION}: {@code format.version}, {@code language} (tk, ru,
 * en), {@code theme} (LIGHT, DARK), {@code textSize} (NORMAL, LARGE, LARGEST). Unknown or damaged
 * values fall back to the defaults one by one: a broken settings file must never stop someone from
 * opening the application. A file from a newer version is read for the keys we know.
 *
 * <p>Writes go to a temporary file in the same directory that is then moved over the old one, so a
 * power cut leaves either the old or the new file, never half of one.
 */
public final class SettingsStore {
  public static final int FORMAT_VERSION = 1;

  static final String KEY_FORMAT = "format.version";
  static final String KEY_LANGUAGE = "language";
  static final String KEY_THEME = "theme";
  static final String KEY_TEXT_SIZE = "textSize";

  /**
   * Looked up when first needed, not when the class loads: creating the first logger starts Logback
   * (about 0.1 s), and this class is on the path to the first frame.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(SettingsStore.class);
  }

  private final Path file;

  public SettingsStore(Path file) {
    this.file = file;
  }

  public Settings load() {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException firstStart) {
      return Settings.defaults();
    } catch (IOException | IllegalArgumentException e) {
      log().warn("Settings file unreadable, using defaults ({})", e.getClass().getSimpleName());
      return Settings.defaults();
    }
    Settings defaults = Settings.defaults();
    return new Settings(
        Optional.ofNullable(properties.getProperty(KEY_LANGUAGE)).flatMap(Language::fromCode),
        parse(Theme.class, properties.getProperty(KEY_THEME), defaults.theme()),
        parse(TextSize.class, properties.getProperty(KEY_TEXT_SIZE), defaults.textSize()));
  }

  /** Writes {@code settings} atomically; the caller runs this off the UI thread. */
  public void save(Settings settings) throws IOException {
    Properties properties = new Properties();
    properties.setProperty(KEY_FORMAT, Integer.toString(FORMAT_VERSION));
    settings.language().ifPresent(l -> properties.setProperty(KEY_LANGUAGE, l.code()));
    properties.setProperty(KEY_THEME, settings.theme().name());
    properties.setProperty(KEY_TEXT_SIZE, settings.textSize().name());

    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "settings", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        // store() writes ISO-8859-1 with \\u escapes: safe whatever the platform charset is
        properties.store(out, "Depder settings (no personal data)");
      }
      moveIntoPlace(temp);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void moveIntoPlace(Path temp) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(value))
        .findFirst()
        .orElse(fallback);
  }
}
