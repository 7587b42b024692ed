package org.depder.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonDirectoryTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

  static PersonIdentity person(String family, String given, Integer year, String document) {
    return new PersonIdentity(
        family,
        given,
        Optional.empty(),
        year == null ? OptionalInt.empty() : OptionalInt.of(year),
        Optional.ofNullable(document));
  }

  private LocalVaultService vault;
  private PersonDirectory people;

  private void open() throws Exception {
    vault = TestVaults.service(dir.resolve("vault.depder"), clock);
    people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);
    vault.create(ADMIN, "Aman", pw(ADMIN_PASSWORD));
  }

  @Test
  void exactSearchByDocumentNumberIgnoresSpacingAndCase() throws Exception {
    open();
    String id = people.add(person("Ahmedow", "Merdan", 1990, "I-AŞ 123456"));
    people.add(person("Orazowa", "Maral", 1985, "I-MR 654321"));
    assertThat(people.findByDocument("i aş 123-456"))
        .singleElement()
        .satisfies(m -> assertThat(m.id()).isEqualTo(id));
    assertThat(people.findByDocument("I-AŞ 123457")).isEmpty();
    assertThat(people.findByDocument("--")).isEmpty();
  }

  @Test
  void exactSearchByFamilyNameAndBirthYearCrossesScripts() throws Exception {
    open();
    String id = people.add(person("Ahmedow", "Merdan", 1990, null));
    people.add(person("Ahmedow", "Aýna", 1991, null));
    assertThat(people.findByFamilyNameAndBirthYear("Ахмедов", 1990))
        .extracting(PersonMatch::id)
        .containsExactly(id);
    assertThat(people.findByFamilyNameAndBirthYear("ahmedov", 1990))
        .extracting(PersonMatch::id)
        .containsExactly(id);
    assertThat(people.findByFamilyNameAndBirthYear("Ahmedow", 1989)).isEmpty();
  }

  @Test
  void nameSearchAcrossScriptsAfterUnlockAndNothingAfterLock() throws Exception {
    open();
    String ahmedow = people.add(person("Ahmedow", "Merdan", 1990, null));
    String orazowa = people.add(person("Оразова", "Марал", 1985, null));
    people.awaitNameIndex(Duration.ofSeconds(5));
    assertThat(people.searchNames("Ахмедов", 10)).containsExactly(ahmedow);
    assertThat(people.searchNames("oraz", 10)).containsExactly(orazowa);
    assertThat(people.find(orazowa).orElseThrow().givenName()).isEqualTo("Марал");

    vault.lock();
    assertThatThrownBy(() -> people.searchNames("Ахмедов", 10))
        .isInstanceOf(org.depder.app.vault.VaultException.class);

    vault.unlock(ADMIN, pw(ADMIN_PASSWORD));
    people.awaitNameIndex(Duration.ofSeconds(5));
    assertThat(people.searchNames("Ahmedov Merdan", 10)).containsExactly(ahmedow);
    assertThat(people.searchNames("Orazowa", 10)).containsExactly(orazowa);
    vault.lock();
  }

  @Test
  void peopleSavedAfterUnlockAreFoundAcrossOverlayMerges() throws Exception {
    open();
    people.awaitNameIndex(Duration.ofSeconds(5));
    int count = PersonNameIndex.OVERLAY_LIMIT * 2 + 10;
    String first = null;
    String last = null;
    for (int i = 0; i < count; i++) {
      last = people.add(person("Gurbanow", "Merdan", null, null));
      first = first == null ? last : first;
    }
    assertThat(people.searchNames("Гурбанов", count + 5)).hasSize(count).contains(first, last);
    vault.lock();
  }

  @Test
  void personRoundTripsWithEveryField() throws Exception {
    open();
    PersonIdentity full =
        new PersonIdentity(
            "Gurbanowa",
            "Ogulgerek",
            Optional.of("Annaýewna"),
            OptionalInt.of(2001),
            Optional.of("A1234567"));
    String id = people.add(full);
    assertThat(people.find(id)).contains(full);
    vault.lock();
  }
}
