package org.depder.server.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.depder.domain.UuidV7;
import org.depder.server.core.Device;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.StoredRevision;
import org.depder.server.keys.ServerKeys;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.HybridLogicalClock;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionAuthor;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionSigner;
import org.depder.sync.revision.SignedRevision;

/**
 * Revisions the server itself authors and signs (docs/sync-api.md, "Server revisions"): {@code
 * device_key} (the public keys and status of a device whose revisions the server relays) and {@code
 * custody} (the two phases of a transfer). Their author is the server's own user id and their
 * device the server's id, so clients verify them with the server key pinned at enrolment.
 */
public final class ServerRevisions {
  public static final String DEVICE_KEY = "device_key";
  public static final String CUSTODY = "custody";
  public static final int SCHEMA_VERSION = 1;

  private final DeviceId serverId;
  private final UUID author;
  private final RevisionAuthor revisions;
  private final HybridLogicalClock hlc;
  private final RevisionSigner signer;

  public ServerRevisions(ServerKeys keys, SecureRandom random, Clock clock) {
    this.serverId = keys.id();
    this.author = serverUser(serverId);
    this.hlc = new HybridLogicalClock(clock, HybridLogicalClock.DEFAULT_MAX_DRIFT);
    this.revisions = new RevisionAuthor(serverId, hlc, new UuidV7(clock, random));
    this.signer = new RevisionSigner(serverId, keys::sign);
  }

  public DeviceId serverId() {
    return serverId;
  }

  /** The author of server revisions: UUID v3 of {@code "depder-server|" + server id}. */
  public static UUID serverUser(DeviceId serverId) {
    return nameUuid("depder-server|" + serverId.value());
  }

  /** The entity of a device's keys: UUID v3 of {@code "depder-device-key|" + device id}. */
  public static UUID deviceKeyEntity(DeviceId device) {
    return nameUuid("depder-device-key|" + device.value());
  }

  /**
   * The custody record of one held entity on one holder device (the client's {@code
   * Custody.custodyId}): UUID v3 of {@code "depder-custody-v1|" + holder + "|" + entityType + "|" +
   * entityId}, so server and device name the same record independently.
   */
  public static UUID custodyEntity(DeviceId holder, String heldType, String heldEntityId) {
    return nameUuid("depder-custody-v1|" + holder.value() + "|" + heldType + "|" + heldEntityId);
  }

  private static UUID nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The current {@code device_key} revision for {@code d}, made on top of {@code previous}. */
  public StoredRevision deviceKey(Device d, List<StoredRevision> previous) {
    Map<String, JsonNode> changes = new TreeMap<>();
    changes.put("signingKey", TextNode.valueOf(PublicKeys.encode(d.keys().signing())));
    changes.put("agreementKey", TextNode.valueOf(PublicKeys.encode(d.keys().agreement())));
    changes.put("revoked", BooleanNode.valueOf(!d.active()));
    return make(DEVICE_KEY, deviceKeyEntity(d.id()), previous, changes);
  }

  /**
   * A custody revision for {@code holder}, the device that holds the entity and must purge it:
   * {@code state} is {@code transferring} or {@code released}.
   */
  public StoredRevision custody(
      DeviceId holder,
      String heldType,
      String heldEntityId,
      String state,
      List<StoredRevision> previous) {
    Map<String, JsonNode> changes = new TreeMap<>();
    changes.put("entityType", TextNode.valueOf(heldType));
    changes.put("entityId", TextNode.valueOf(heldEntityId));
    changes.put("holder", TextNode.valueOf(holder.value()));
    changes.put("state", TextNode.valueOf(state));
    return make(CUSTODY, custodyEntity(holder, heldType, heldEntityId), previous, changes);
  }

  /** Parents are the heads among {@code previous}: those no other one names as a parent. */
  private StoredRevision make(
      String type, UUID entity, List<StoredRevision> previous, Map<String, JsonNode> changes) {
    Set<UUID> all = new HashSet<>();
    Set<UUID> named = new HashSet<>();
    for (StoredRevision p : previous) {
      Revision r =
          RevisionJson.parseSigned(p.signedJson().getBytes(StandardCharsets.UTF_8)).revision();
      all.add(r.revisionId());
      named.addAll(r.parents());
      hlc.observe(r.hybridLogicalTime());
    }
    all.removeAll(named);
    Revision r = revisions.revise(author, type, entity, all, changes, SCHEMA_VERSION);
    return stored(signer.sign(r));
  }

  static StoredRevision stored(SignedRevision signed) {
    Revision r = signed.revision();
    return new StoredRevision(
        r.revisionId().toString(),
        r.entityType(),
        r.entityId().toString(),
        r.device(),
        r.hybridLogicalTime().wireForm(),
        new String(CanonicalJson.encode(RevisionJson.toJson(signed)), StandardCharsets.UTF_8));
  }
}
