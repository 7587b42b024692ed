package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.X25519;
import org.depder.domain.UuidV7;
import org.depder.store.PeerKind;
import org.depder.store.RevisionEntry;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.HybridLogicalClock;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionAuthor;
import org.depder.sync.revision.RevisionSigner;

/** The server's side of custody, reduced to what a device sees: revisions signed by its key. */
final class TestServer {
  private static final UUID SERVER_USER = UUID.fromString("019ac8a0-0000-7000-8000-00000000aaaa");

  private final KeyPairMaterial signing;
  private final KeyPairMaterial agreement;
  private final DeviceId device;
  private final RevisionAuthor author;
  private final RevisionSigner signer;

  TestServer(Clock clock) {
    SecureRandom random = new SecureRandom();
    this.signing = new Ed25519(random).generateKeyPair();
    this.agreement = new X25519(random).generateKeyPair();
    this.device = DeviceId.ofSigningKey(signing.publicKey());
    this.author =
        new RevisionAuthor(
            device,
            new HybridLogicalClock(clock, HybridLogicalClock.DEFAULT_MAX_DRIFT),
            new UuidV7(clock, random));
    this.signer = new RevisionSigner(device, m -> Ed25519.sign(signing.privateKey(), m));
  }

  /** Pins this server on {@code replica}, as enrolment does. */
  void enrol(Replica replica) throws Exception {
    replica
        .session()
        .replication()
        .peers()
        .pin(device.value(), signing.publicKey(), agreement.publicKey(), PeerKind.SERVER);
  }

  /**
   * The custody record of {@code entity} on {@code holder}: {@code transferring}, then {@code
   * released} on top of it.
   */
  List<RevisionEntry> transferThenRelease(DeviceId holder, EntityRef entity) {
    UUID id = Custody.custodyId(holder, entity.entityType(), entity.entityId());
    Revision transferring =
        author.revise(
            SERVER_USER,
            Custody.ENTITY_TYPE,
            id,
            List.of(),
            custody(holder, entity, Custody.TRANSFERRING),
            1);
    Revision released =
        author.revise(
            SERVER_USER,
            Custody.ENTITY_TYPE,
            id,
            List.of(transferring.revisionId()),
            Map.of(Custody.FIELD_STATE, Replica.changes("s", Custody.RELEASED).get("s")),
            1);
    return List.of(
        EntityHistory.entry(signer.sign(transferring)), EntityHistory.entry(signer.sign(released)));
  }

  static Map<String, JsonNode> custody(DeviceId holder, EntityRef entity, String state) {
    return Replica.changes(
        Custody.FIELD_ENTITY_TYPE,
        entity.entityType(),
        Custody.FIELD_ENTITY_ID,
        entity.entityId().toString(),
        Custody.FIELD_HOLDER,
        holder.value(),
        Custody.FIELD_STATE,
        state);
  }
}
