package org.depder.app.people;

import static org.depder.app.vault.TestVaults.pw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the golden vault {@code src/test/resources/fixtures/vault-app-v1.depder}. Run only by hand
 * when a new format version gets its fixture ({@code mvn test -Dtest=VaultFixtureGenerator
 * -Ddepder.fixtures.write=true}); a released fixture is never regenerated, it must go on opening.
 */
class VaultFixtureGenerator {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/vault-app-v1.depder");
  static final String PASSWORD = "Golden fixture 1 parol";
  static final String WORKER_PASSWORD = "Golden işgär 2 parol";

  @Test
  @EnabledIfSystemProperty(named = "depder.fixtures.write", matches = "true")
  void writeFixture() throws Exception {
    Files.deleteIfExists(FIXTURE);
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    LocalVaultService vault = TestVaults.service(FIXTURE.toAbsolutePath(), clock);
    PersonDirectory people = new PersonDirectory(Runnable::run, clock, new SecureRandom());
    vault.addSessionListener(people);
    vault.create("admin.one", "Aman Berdiýew", pw(PASSWORD));
    vault.addUser("jeren.a", "Jeren Atayewa", Role.SOCIAL_WORKER, pw(WORKER_PASSWORD));
    people.add(
        new PersonIdentity(
            "Ahmedow",
            "Merdan",
            Optional.of("Rejepowiç"),
            OptionalInt.of(1990),
            Optional.of("I-AŞ 123456")));
    people.add(
        new PersonIdentity(
            "Оразова", "Марал", Optional.empty(), OptionalInt.of(1985), Optional.empty()));
    vault.lock();
  }
}
