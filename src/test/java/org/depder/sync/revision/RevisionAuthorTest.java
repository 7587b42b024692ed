package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.sync.revision.TestRevisions.AUTHOR;
import static org.depder.sync.revision.TestRevisions.changes;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.domain.UuidV7;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two devices editing one person offline, end to end: author, sign, verify, merge, resolve. */
class RevisionAuthorTest {
  private static final long T = 1_750_000_000_000L;

  private final MutableTestClock wall = new MutableTestClock(T);
  private final Device laptop = new Device();
  private final Device office = new Device();
  private final RevisionVerifier verifier =
      new RevisionVerifier(
          id ->
              id.equals(laptop.id)
                  ? Optional.of(laptop.keys.publicKey())
                  : id.equals(office.id) ? Optional.of(office.keys.publicKey()) : Optional.empty());

  private final class Device {
    final KeyPairMaterial keys = new Ed25519(new SecureRandom()).generateKeyPair();
    final DeviceId id = DeviceId.ofSigningKey(keys.publicKey());
    final HybridLogicalClock clock = new HybridLogicalClock(wall, Duration.ofHours(24));
    final RevisionAuthor author = new RevisionAuthor(id, clock, new UuidV7(wall, new Random(1)));
    final RevisionSigner signer =
        new RevisionSigner(id, bytes -> Ed25519.sign(keys.privateKey(), bytes));
  }

  @AfterEach
  void wipe() {
    laptop.keys.destroy();
    office.keys.destroy();
  }

  @Test
  void aNewEntityGetsVersion7IdsAndNoParents() {
    Revision created = laptop.author.create(AUTHOR, "person", changes("name", "Aýna"), 1);

    assertThat(created.isRoot()).isTrue();
    assertThat(created.entityId().version()).isEqualTo(7);
    assertThat(created.revisionId().version()).isEqualTo(7);
    assertThat(created.revisionId()).isNotEqualTo(created.entityId());
    assertThat(created.device()).isEqualTo(laptop.id);
    assertThat(created.hybridLogicalTime()).isEqualTo(new HybridTimestamp(T, 0));
  }

  @Test
  void aRevisionIsMadeOnTopOfAllHeadsAndAfterTheirTimes() {
    Revision created = laptop.author.create(AUTHOR, "person", changes("name", "Aýna"), 1);
    Revision ahead =
        new Revision(
            UUID.randomUUID(),
            "person",
            created.entityId(),
            List.of(created.revisionId()),
            AUTHOR,
            office.id,
            new HybridTimestamp(T + 60_000, 5),
            new java.util.TreeMap<>(changes("city", "Mary")),
            1);
    MergedEntity current = EntityMerge.merge(List.of(created, ahead));

    Revision next = laptop.author.revise(AUTHOR, current, changes("name", "Aýnabat"), 1);

    assertThat(next.parents()).containsExactly(ahead.revisionId());
    assertThat(next.entityId()).isEqualTo(created.entityId());
    assertThat(next.hybridLogicalTime()).isGreaterThan(ahead.hybridLogicalTime());
  }

  @Test
  void offlineEditsConflictAndAPersonsResolutionSettlesThemOnBothDevices() {
    Revision created =
        sign(laptop, laptop.author.create(AUTHOR, "person", changes("city", "Mary"), 1));
    MergedEntity start = EntityMerge.merge(List.of(created));

    wall.advance(1000);
    Revision onLaptop =
        sign(laptop, laptop.author.revise(AUTHOR, start, changes("city", "Daşoguz"), 1));
    Revision inOffice =
        sign(
            office, office.author.revise(AUTHOR, start, changes("city", "Lebap", "phone", "1"), 1));

    List<Revision> laptopHas = new ArrayList<>(List.of(created, onLaptop, inOffice));
    List<Revision> officeHas = new ArrayList<>(List.of(inOffice, created, onLaptop));
    MergedEntity onBoth = EntityMerge.merge(laptopHas);
    assertThat(EntityMerge.merge(officeHas)).isEqualTo(onBoth);
    assertThat(onBoth.conflictedFields()).containsExactly("city");
    assertThat(onBoth.value("phone")).isPresent();

    FieldState.Conflict conflict = (FieldState.Conflict) onBoth.fields().get("city");
    Map<String, com.fasterxml.jackson.databind.JsonNode> picked =
        Map.of("city", conflict.candidates().get(0).value());
    Revision resolution = sign(office, office.author.revise(AUTHOR, onBoth, picked, 1));
    laptopHas.add(resolution);
    officeHas.add(0, resolution);

    MergedEntity resolved = EntityMerge.merge(laptopHas);
    assertThat(EntityMerge.merge(officeHas)).isEqualTo(resolved);
    assertThat(resolved.hasConflicts()).isFalse();
    assertThat(resolved.value("city")).contains(conflict.candidates().get(0).value());
    assertThat(resolved.heads()).containsExactly(resolution.revisionId());
  }

  /** Signs and verifies through the wire form, as a bundle would carry it. */
  private Revision sign(Device device, Revision revision) {
    SignedRevision signed = device.signer.sign(revision);
    byte[] wire =
        RevisionJson.toJson(signed).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return verifier.verify(RevisionJson.parseSigned(wire));
  }
}
