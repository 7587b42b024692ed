package org.depder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user data directory: settings, the vault, logs. Overridden by the system property {@code
 * depder.home} (tests, portable installs); otherwise the platform's usual place.
 */
public final class AppHome {
  public static final String PROPERTY = "depder.home";

  private final Path dir;

  public AppHome(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The directory chosen from system properties and the environment of this process. */
  public static AppHome fromEnvironment() {
    return new AppHome(resolve(System.getProperties().getProperty(PROPERTY), System.getenv()));
  }

  static Path resolve(String override, Map<String, String> env) {
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path userHome = Path.of(System.getProperty("user.home"));
    if (os.contains("win")) {
      String local = env.get("LOCALAPPDATA");
      return local != null ? Path.of(local, "Depder") : userHome.resolve("AppData/Local/Depder");
    }
    if (os.contains("mac")) {
      return userHome.resolve("Library/Application Support/Depder");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "depder")
        : userHome.resolve(".local/share/depder");
  }

  public Path dir() {
    return dir;
  }

  public Path settingsFile() {
    return dir.resolve("settings.properties");
  }

  public Path logDir() {
    return dir.resolve("logs");
  }

  public Path vaultFile() {
    return dir.resolve("vault.depder");
  }

  /** Creates the directory (owner-only where the file system supports it) and returns it. */
  public Path ensureExists() {
    try {
      Files.createDirectories(dir);
      try {
        Files.setPosixFilePermissions(
            dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the per-user profile directory is already private to the user.
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory", e);
    }
  }
}
