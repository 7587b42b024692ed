package org.depder.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault-backed screening repository over a real vault file with cheap KDF costs. */
class VaultScreeningRepositoryTest {
  @TempDir Path dir;
  private LocalVaultService vault;
  private VaultScreeningRepository repository;

  @BeforeEach
  void createVault() throws Exception {
    vault =
        TestVaults.created(
            dir.resolve("vault.depder"), new MutableClock(Instant.parse("2026-03-19T08:00:00Z")));
    repository = new VaultScreeningRepository(vault::session);
  }

  @Test
  void savesAndReadsBackEveryRevisionAndTheLatest() throws Exception {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    ScreeningDraft a1 = ScreeningDrafts.minimal(a, 1, "one");
    ScreeningDraft a2 = ScreeningDrafts.full(a, 2, "two");
    ScreeningDraft b1 = ScreeningDrafts.minimal(b, 1, "three");

    repository.save(a2);
    repository.save(a1);
    repository.save(b1);

    assertThat(repository.latest(a)).contains(a2);
    assertThat(repository.latest(b)).contains(b1);
    assertThat(repository.latest(UUID.randomUUID())).isEmpty();
    assertThat(repository.revisions(a)).containsExactly(a1, a2);
    assertThat(repository.revisions(b)).containsExactly(b1);
    assertThat(repository.revisions(UUID.randomUUID())).isEmpty();
    assertThat(repository.latestOfAll()).containsExactlyInAnyOrder(a2, b1);
  }

  @Test
  void aFullyPopulatedDraftRoundTripsThroughTheVault() throws Exception {
    repository.save(ScreeningDrafts.full());

    assertThat(repository.latest(ScreeningDrafts.ID)).contains(ScreeningDrafts.full());
  }

  @Test
  void savingARevisionAgainReplacesItAndKeepsTheOthers() throws Exception {
    UUID id = UUID.randomUUID();
    ScreeningDraft first = ScreeningDrafts.minimal(id, 1, "before");
    ScreeningDraft second = ScreeningDrafts.minimal(id, 2, "other revision");
    repository.save(first);
    repository.save(second);

    ScreeningDraft edited = first.withChildProtection(new ChildProtection(true, true, "after"));
    repository.save(edited);

    assertThat(repository.revisions(id)).containsExactly(edited, second);
    assertThat(repository.latestOfAll()).containsExactly(second);
  }

  @Test
  void aFinalisedRevisionIsNotOverwrittenButMayBeSavedAgainUnchanged() throws Exception {
    ScreeningDraft finalised = ScreeningDrafts.full();
    repository.save(finalised);
    repository.save(finalised);

    ScreeningDraft changed =
        finalised.withChildProtection(new ChildProtection(false, false, "changed"));
    assertThatThrownBy(() -> repository.save(changed)).isInstanceOf(ScreeningStoreException.class);
    assertThat(repository.latest(ScreeningDrafts.ID)).contains(finalised);
  }

  @Test
  void aLockedVaultIsAStoreFailureNotARuntimeError() throws Exception {
    UUID id = UUID.randomUUID();
    repository.save(ScreeningDrafts.minimal(id, 1, "x"));
    vault.lock();

    assertThatThrownBy(() -> repository.save(ScreeningDrafts.minimal(id, 2, "y")))
        .isInstanceOf(ScreeningStoreException.class);
    assertThatThrownBy(() -> repository.latest(id)).isInstanceOf(ScreeningStoreException.class);
    assertThatThrownBy(() -> repository.revisions(id)).isInstanceOf(ScreeningStoreException.class);
    assertThatThrownBy(() -> repository.latestOfAll()).isInstanceOf(ScreeningStoreException.class);
  }

  @Test
  void recordsSurviveLockAndUnlock() throws Exception {
    ScreeningDraft draft = ScreeningDrafts.full();
    repository.save(draft);
    vault.lock();

    vault.unlock(ADMIN, pw(ADMIN_PASSWORD));

    assertThat(repository.latest(ScreeningDrafts.ID)).contains(draft);
    assertThat(repository.latestOfAll()).containsExactly(draft);
  }

  @Test
  void noTextOfADraftIsInPlaintextInTheVaultFiles() throws Exception {
    for (int i = 1; i <= 5; i++) {
      repository.save(
          ScreeningDrafts.full(UUID.randomUUID(), 1, ScreeningDrafts.MARKER.repeat(10 + i)));
    }
    List<byte[]> whileOpen = contentsUnder(dir);
    vault.lock();

    for (byte[] bytes : whileOpen) {
      assertNoMarker(bytes);
    }
    for (byte[] bytes : contentsUnder(dir)) {
      assertNoMarker(bytes);
    }
  }

  private static List<byte[]> contentsUnder(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(
              p -> {
                try {
                  return Files.readAllBytes(p);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static void assertNoMarker(byte[] bytes) {
    for (Charset charset :
        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      for (String text : List.of(ScreeningDrafts.MARKER, "coordinator agreed by phone")) {
        byte[] needle = text.getBytes(charset);
        assertThat(indexOf(bytes, needle)).as("%s in %s", text, charset).isNegative();
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
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
