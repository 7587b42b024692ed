package org.depder.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.UnlockResult;
import org.depder.app.vault.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden vault of format 1 (written once by {@link VaultFixtureGenerator}) must open and read
 * with every later build: its users, keys, sealed records and blind-index tokens.
 */
class VaultFixtureTest {
  @TempDir Path dir;

  @Test
  void formatOneVaultStillOpens() throws Exception {
    Path copy = dir.resolve("vault.depder");
    // opening may migrate; the checked-in file itself is never opened
    Files.copy(VaultFixtureGenerator.FIXTURE, copy);
    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
    LocalVaultService vault = TestVaults.service(copy, clock);
    PersonDirectory people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);

    assertThat(vault.unlock("admin.one", pw("not the fixture password")))
        .isInstanceOf(UnlockResult.Refused.class);
    assertThat(vault.unlock("admin.one", pw(VaultFixtureGenerator.PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    assertThat(vault.users())
        .extracting(UserAccount::loginName, UserAccount::displayName, UserAccount::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "admin.one", "Aman Berdiýew", Role.DEVICE_ADMINISTRATOR),
            org.assertj.core.groups.Tuple.tuple("jeren.a", "Jeren Atayewa", Role.SOCIAL_WORKER));

    assertThat(people.findByDocument("IAŞ123456"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.person())
                    .isEqualTo(
                        new PersonIdentity(
                            "Ahmedow",
                            "Merdan",
                            Optional.of("Rejepowiç"),
                            OptionalInt.of(1990),
                            Optional.of("I-AŞ 123456"))));
    assertThat(people.findByFamilyNameAndBirthYear("Orazowa", 1985))
        .singleElement()
        .satisfies(m -> assertThat(m.person().givenName()).isEqualTo("Марал"));
    people.awaitNameIndex(Duration.ofSeconds(5));
    assertThat(people.searchNames("Ахмедов", 5)).hasSize(1);
    vault.lock();

    assertThat(vault.unlock("jeren.a", pw(VaultFixtureGenerator.WORKER_PASSWORD)))
        .isInstanceOf(UnlockResult.Unlocked.class);
    vault.lock();
  }
}
