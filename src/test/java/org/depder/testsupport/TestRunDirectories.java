package org.depder.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the test run's private temp and home directories (pom.xml points {@code java.io.tmpdir}
 * and {@code depder.home} into {@code target/}) before any test runs: SQLite unpacks its native
 * library into the temp directory, and the "nothing in plaintext on disk" tests scan it, so it must
 * be ours and must exist.
 */
public final class TestRunDirectories implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    for (String property : new String[] {"java.io.tmpdir", "depder.home"}) {
      String dir = System.getProperty(property);
      if (dir != null) {
        try {
          Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot create " + property, e);
        }
      }
    }
  }
}
