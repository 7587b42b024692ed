package org.depder.app.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.depder.app.people.PersonDirectory;
import org.depder.app.people.PersonIdentity;
import org.depder.app.vault.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person added on one laptop is found on the other after the exchange. */
class PersonReplicationTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));

  @Test
  void aNewPersonIsARevisionAndIsFoundOnTheOtherDevice() throws Exception {
    Replica a = Replica.create(dir.resolve("a.depder"), clock);
    Replica b = Replica.create(dir.resolve("b.depder"), clock);
    a.pin(b);
    b.pin(a);
    PersonDirectory peopleOnA = directory(a);
    PersonDirectory peopleOnB = directory(b);

    PersonIdentity person =
        new PersonIdentity(
            "Ahmedowa",
            "Aýgül",
            Optional.of("Şöhratowna"),
            OptionalInt.of(1999),
            Optional.of("I-AŞ 123456"));
    String id = peopleOnA.add(person);
    EntityRef ref = new EntityRef("person", UUID.fromString(id));
    assertThat(a.log.state(ref).revisionCount()).isOne();
    assertThat(peopleOnA.find(id)).contains(person);

    b.receive(a, Set.of(ref));
    assertThat(peopleOnB.find(id)).contains(person);
    assertThat(peopleOnB.findByDocument("i-aş 123456")).extracting(m -> m.id()).containsExactly(id);
    peopleOnB.awaitNameIndex(Duration.ofSeconds(30));
    assertThat(peopleOnB.searchNames("Ahmedowa", 5)).containsExactly(id);
  }

  private static PersonDirectory directory(Replica replica) throws Exception {
    PersonDirectory people =
        new PersonDirectory(
            Runnable::run,
            java.time.Clock.systemUTC(),
            new SecureRandom(),
            Optional.of(replica.log));
    replica.projectors.register(people.projector());
    people.unlocked(replica.session());
    return people;
  }
}
