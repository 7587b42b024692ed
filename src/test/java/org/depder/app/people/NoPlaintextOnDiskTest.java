package org.depder.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.app.vault.TestVaults.pw;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Saves people and users whose every text is a marker in Latin, Cyrillic and Turkmen letters, then
 * looks for the markers, in UTF-8 and UTF-16, in every file the vault leaves behind (the vault, its
 * -wal and -shm, the temporary directory) and in everything logged meanwhile. Markers are long and
 * random enough never to appear by chance.
 */
class NoPlaintextOnDiskTest {
  private static final List<String> MARKERS =
      List.of(
          "Zqxvbnmarker", // Latin
          "Жщфыркмаркер", // Cyrillic
          "Ýüňžçşäöbelgi", // Turkmen Latin letters
          "ZX99MARKER4711", // document number
          "qzloginmarker", // login name
          "Displaymarkerçüň"); // user display name

  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Logger root;
  private Level rootLevel;

  @BeforeEach
  void captureLogs() {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logged);
    root.setLevel(rootLevel);
  }

  @Test
  void noMarkerReachesTheDiskOrTheLog() throws Exception {
    Path vaultDir = dir.resolve("data");
    Files.createDirectories(vaultDir);
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    LocalVaultService vault = TestVaults.service(vaultDir.resolve("vault.depder"), clock);
    PersonDirectory people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);
    vault.create("admin.one", MARKERS.get(5), pw(TestVaults.ADMIN_PASSWORD));
    vault.addUser(MARKERS.get(4), MARKERS.get(5), Role.SCREENER, pw("Ýaşyl baýdak 1991"));
    for (int i = 0; i < 50; i++) {
      people.add(
          new PersonIdentity(
              MARKERS.get(0) + i,
              MARKERS.get(1),
              Optional.of(MARKERS.get(2)),
              OptionalInt.of(1990),
              Optional.of(MARKERS.get(3))));
    }
    people.awaitNameIndex(Duration.ofSeconds(5));
    assertThat(people.searchNames(MARKERS.get(1), 5)).isNotEmpty();
    assertThat(people.findByDocument(MARKERS.get(3))).hasSize(50);

    // while unlocked the WAL holds the newest pages: it must be as sealed as the vault
    assertNoMarkerIn(vaultDir);
    vault.lock();
    vault.unlock(MARKERS.get(4), pw("Ýaşyl baýdak 1991"));
    vault.lock();

    assertNoMarkerIn(vaultDir);
    assertNoMarkerIn(Path.of(System.getProperty("java.io.tmpdir")));
    for (ILoggingEvent event : logged.list) {
      for (String marker : MARKERS) {
        assertThat(event.getFormattedMessage()).doesNotContainIgnoringCase(marker);
      }
    }
  }

  private static void assertNoMarkerIn(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path file : files) {
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        continue; // a file another test removed meanwhile
      }
      for (String marker : MARKERS) {
        for (Charset charset :
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
          for (String form : List.of(marker, marker.toUpperCase(), marker.toLowerCase())) {
            assertThat(indexOf(content, form.getBytes(charset)))
                .as("%s in %s (%s)", marker, file.getFileName(), charset)
                .isEqualTo(-1);
          }
        }
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
