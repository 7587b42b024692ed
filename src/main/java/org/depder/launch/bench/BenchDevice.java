package org.depder.launch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.depder.app.people.PersonIdentity;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.X25519;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.StoredRevision;
import org.depder.server.enrol.EnrolRequest;
import org.depder.server.enrol.EnrolmentCode;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleWriter;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.HybridTimestamp;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionSigner;

/**
 * A simulated enrolled laptop for {@code bench server}: its own key pairs, a bundle stream with
 * consecutive {@code seq} and chained manifest hashes, and revisions shaped like the client's (a
 * person with 3-6 identity fields or a screening with 5 answers; a quarter roots, the rest with one
 * parent), signed with the device key as the revision layer signs them.
 */
final class BenchDevice {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyPairMaterial signing = new Ed25519(RANDOM).generateKeyPair();
  private final KeyPairMaterial agreement = new X25519(RANDOM).generateKeyPair();
  private final DeviceId id = DeviceId.ofSigningKey(signing.publicKey());
  private final Random random;
  private final SyntheticPeople people;
  private final List<UUID> authors;
  private long seq;
  private Optional<String> previous = Optional.empty();
  private long time = 1_795_000_000_000L;
  private int serial;

  BenchDevice(long seed) {
    random = new Random(seed);
    people = new SyntheticPeople(seed);
    authors = List.of(uuid(random), uuid(random));
  }

  DeviceId id() {
    return id;
  }

  byte[] signingKey() {
    return signing.publicKey();
  }

  /** A revision signed with this device's key, as a laptop makes it. */
  ObjectNode signedRevision() {
    return revision(m -> Ed25519.sign(signing.privateKey(), m));
  }

  EnrolRequest enrolRequest(String code) {
    PublicKeys keys = new PublicKeys(signing.publicKey(), agreement.publicKey());
    String hash = EnrolmentCode.normalise(code).map(EnrolmentCode::hash).orElseThrow();
    return new EnrolRequest(
        code, keys, Ed25519.sign(signing.privateKey(), EnrolRequest.proofMessage(hash, keys)));
  }

  /** The next bundle of this device's stream to {@code server}, with {@code count} revisions. */
  WrittenBundle nextBundle(DeviceId server, byte[] serverAgreementKey, int count) {
    List<ObjectNode> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(revision(m -> Ed25519.sign(signing.privateKey(), m)));
    }
    WrittenBundle bundle =
        new BundleWriter(
                id,
                m -> Ed25519.sign(signing.privateKey(), m),
                RANDOM,
                Clock.systemUTC(),
                BundleLimits.V1)
            .write(server, serverAgreementKey, ++seq, previous, items);
    previous = Optional.of(bundle.manifestHash());
    return bundle;
  }

  /**
   * A row exactly as ingest stores it, but with random signature bytes: for pre-filling the
   * database, where nothing reads the signature and signing a million revisions would only cost
   * time.
   */
  StoredRevision unsignedRow() {
    byte[] signature = new byte[64];
    ObjectNode json =
        revision(
            m -> {
              random.nextBytes(signature);
              return signature;
            });
    return row(json);
  }

  /** The row ingest makes of a revision's JSON (same columns, same canonical text). */
  static StoredRevision row(ObjectNode json) {
    Revision r = RevisionJson.signedFromJson(json).revision();
    return new StoredRevision(
        r.revisionId().toString(),
        r.entityType(),
        r.entityId().toString(),
        r.device(),
        r.hybridLogicalTime().wireForm(),
        new String(CanonicalJson.encode(json), StandardCharsets.UTF_8));
  }

  ObjectNode revision(Function<byte[], byte[]> signer) {
    int i = serial++;
    boolean screening = i % 3 == 0;
    SortedMap<String, JsonNode> changes = new TreeMap<>();
    if (screening) {
      changes.put("indicatorSet", TextNode.valueOf("nrm-tm-2026.1"));
      changes.put(
          "answers.recruitment", TextNode.valueOf(random.nextBoolean() ? "deceived" : "coerced"));
      changes.put("answers.documentsWithheld", BooleanNode.valueOf(random.nextBoolean()));
      changes.put("score", IntNode.valueOf(random.nextInt(40)));
      changes.put("outcome", TextNode.valueOf(random.nextBoolean() ? "presumed" : "not_presumed"));
    } else {
      PersonIdentity person = people.next(i);
      changes.put("familyName", TextNode.valueOf(person.familyName()));
      changes.put("givenName", TextNode.valueOf(person.givenName()));
      person.patronymic().ifPresent(p -> changes.put("patronymic", TextNode.valueOf(p)));
      person.birthYear().ifPresent(y -> changes.put("birthYear", IntNode.valueOf(y)));
      person.documentNumber().ifPresent(d -> changes.put("documentNumber", TextNode.valueOf(d)));
      changes.put("phone", TextNode.valueOf("+9936" + (1_000_000 + random.nextInt(9_000_000))));
    }
    time += random.nextInt(60_000);
    Revision revision =
        new Revision(
            uuid(random),
            screening ? "screening" : "person",
            uuid(random),
            i % 4 == 0 ? List.of() : List.of(uuid(random)),
            authors.get(i % authors.size()),
            id,
            new HybridTimestamp(time, random.nextInt(3)),
            changes,
            1);
    return RevisionJson.toJson(new RevisionSigner(id, signer).sign(revision));
  }

  private static UUID uuid(Random random) {
    return new UUID(
        (random.nextLong() & ~0xf000L) | 0x4000L,
        (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
  }
}
