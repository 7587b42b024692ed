package org.depder.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.app.people.PersonDirectoryTest.person;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Likely duplicates before a person is created, over a real vault. */
class PersonMatcherTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private LocalVaultService vault;
  private PersonDirectory people;
  private PersonMatcher matcher;
  private String merdan;
  private String ayna;

  @BeforeEach
  void open() throws Exception {
    vault = TestVaults.service(dir.resolve("vault.depder"), clock);
    people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);
    vault.create(ADMIN, "Aman", pw(ADMIN_PASSWORD));
    merdan = people.add(person("Ahmedow", "Merdan", 1990, "I-AŞ 123456"));
    ayna = people.add(person("Ahmedowa", "Aýna", 1995, null));
    people.add(person("Orazowa", "Maral", 1985, "I-MR 654321"));
    people.awaitNameIndex(Duration.ofSeconds(5));
  }

  @Test
  void aNameInAnotherScriptWithTheBirthYearFindsThePersonFirstAndSaysWhatMatched()
      throws Exception {
    var found = matcher().candidates("Ахмедов Мердан", OptionalInt.of(1990), "");

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).personId()).isEqualTo(merdan);
    assertThat(found.get(0).name()).isEqualTo("Ahmedow Merdan");
    assertThat(found.get(0).nameMatched()).isTrue();
    assertThat(found.get(0).birthYearMatched()).isTrue();
    assertThat(found.get(0).documentMatched()).isFalse();
    assertThat(found).extracting(PersonCandidate::personId).doesNotContain(ayna);
  }

  @Test
  void aDocumentNumberAloneFindsThePersonHoweverItIsSpaced() throws Exception {
    var found = matcher().candidates("", OptionalInt.empty(), "i aş 123-456");

    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.personId()).isEqualTo(merdan);
              assertThat(c.documentMatched()).isTrue();
              assertThat(c.nameMatched()).isFalse();
            });
  }

  @Test
  void aMatchingDocumentComesBeforeANameAlone() throws Exception {
    var found = matcher().candidates("Ahmedowa", OptionalInt.empty(), "I-AŞ 123456");

    assertThat(found.get(0).personId()).isEqualTo(merdan);
    assertThat(found).extracting(PersonCandidate::personId).contains(ayna);
  }

  @Test
  void nothingTypedFindsNobodyAndANewPersonIsSplitIntoFamilyAndGivenNames() throws Exception {
    assertThat(matcher().candidates(" ", OptionalInt.empty(), "")).isEmpty();
    assertThat(matcher().create("  ", OptionalInt.empty(), "X1")).isEmpty();

    String id = matcher().create(" Gurbanowa Ogulgerek Annaýewna ", OptionalInt.of(2001), "").get();

    PersonIdentity stored = people.find(id).orElseThrow();
    assertThat(stored.familyName()).isEqualTo("Gurbanowa");
    assertThat(stored.givenName()).isEqualTo("Ogulgerek Annaýewna");
    assertThat(stored.birthYear()).hasValue(2001);
    assertThat(stored.documentNumber()).isEmpty();
    assertThat(matcher().candidates("Гурбанова", OptionalInt.empty(), ""))
        .extracting(PersonCandidate::personId)
        .containsExactly(id);
  }

  @Test
  void aCandidateNeverPrintsTheName() throws Exception {
    var found = matcher().candidates("Ahmedow", OptionalInt.empty(), "");
    assertThat(found.toString()).doesNotContain("Ahmedow").doesNotContain("Merdan");
  }

  private PersonMatcher matcher() {
    if (matcher == null) {
      matcher = new PersonMatcher(people);
    }
    return matcher;
  }
}
