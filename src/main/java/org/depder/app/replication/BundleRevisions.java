package org.depder.app.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depder.store.Peer;
import org.depder.store.PeerKind;
import org.depder.store.RevisionEntry;
import org.depder.store.SqlitePeerStore;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.RevisionFormatException;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionVerifier;
import org.depder.sync.revision.SignedRevision;

/**
 * Checks every revision of an accepted bundle before any of it is applied: each must parse strictly
 * and verify with the key of the device that signed it, which must be this device or a pinned,
 * unrevoked peer.
 *
 * <p>Devices enrolled after this one are known only to the server, which relays their keys as
 * revisions of entity type {@value #DEVICE_KEY} that it authors itself (fields {@code signingKey}
 * and {@code agreementKey}, unpadded base64url, and {@code revoked}). Only such revisions, in a
 * bundle from a pinned server and signed by that server, may introduce a device; they are taken
 * into account before the other revisions are verified, and pinned only when the whole bundle
 * verifies.
 */
final class BundleRevisions {
  static final String DEVICE_KEY = "device_key";

  private final SqlitePeerStore peers;
  private final DeviceId self;
  private final byte[] selfSigningKey;

  BundleRevisions(SqlitePeerStore peers, DeviceId self, byte[] selfSigningKey) {
    this.peers = peers;
    this.self = self;
    this.selfSigningKey = selfSigningKey.clone();
  }

  /** Revisions ready to store, and the devices to pin first; or why the bundle is refused. */
  sealed interface Checked {}

  record Verified(List<RevisionEntry> revisions, Map<DeviceId, RelayedKey> pins)
      implements Checked {}

  record Refused() implements Checked {}

  /** A device's keys as the server relayed them. */
  record RelayedKey(byte[] signingKey, byte[] agreementKey, boolean revoked) {}

  Checked check(DeviceId sender, List<ObjectNode> items) {
    List<SignedRevision> signed = new ArrayList<>(items.size());
    for (ObjectNode item : items) {
      try {
        signed.add(RevisionJson.signedFromJson(item));
      } catch (RevisionFormatException | IllegalArgumentException e) {
        return new Refused();
      }
    }
    Optional<Map<DeviceId, RelayedKey>> relayed = relayedKeys(sender, signed);
    if (relayed.isEmpty()) {
      return new Refused();
    }
    Map<DeviceId, RelayedKey> pins = relayed.get();
    // A bundle's revisions come from a handful of devices: look each key up (and open it) once,
    // then verify the signatures in parallel, which is most of the cost of an import.
    Map<DeviceId, Optional<byte[]>> keys = new HashMap<>();
    for (SignedRevision s : signed) {
      keys.computeIfAbsent(s.revision().device(), d -> signingKey(d, pins));
    }
    RevisionVerifier verifier =
        new RevisionVerifier(device -> keys.getOrDefault(device, Optional.empty()));
    boolean allVerify = signed.parallelStream().allMatch(s -> verifier.check(s).isEmpty());
    if (!allVerify) {
      return new Refused();
    }
    List<RevisionEntry> entries = new ArrayList<>(signed.size());
    for (SignedRevision s : signed) {
      entries.add(entry(s));
    }
    return new Verified(entries, pins);
  }

  /** Pins the relayed devices (revoking those relayed as revoked); call after {@link #check}. */
  void pin(Map<DeviceId, RelayedKey> pins) {
    pins.forEach(
        (id, key) -> {
          peers.pin(id.value(), key.signingKey(), key.agreementKey(), PeerKind.DEVICE);
          if (key.revoked()) {
            peers.revoke(id.value());
          }
        });
  }

  /** The stored form: routing fields in clear, the signed revision as canonical JSON. */
  static RevisionEntry entry(SignedRevision signed) {
    var r = signed.revision();
    return new RevisionEntry(
        r.revisionId(),
        r.entityType(),
        r.entityId(),
        r.hybridLogicalTime().wireForm(),
        r.device().value(),
        CanonicalJson.encode(RevisionJson.toJson(signed)));
  }

  private Optional<byte[]> signingKey(DeviceId device, Map<DeviceId, RelayedKey> relayed) {
    if (device.equals(self)) {
      return Optional.of(selfSigningKey.clone());
    }
    RelayedKey key = relayed.get(device);
    if (key != null) {
      return key.revoked() ? Optional.empty() : Optional.of(key.signingKey());
    }
    return peers.find(device.value()).filter(p -> !p.revoked()).map(Peer::signingKey);
  }

  /**
   * The device keys a server relays in this bundle, checked against what is pinned already; empty
   * when one is malformed, not signed by the server, or contradicts a pinned key.
   */
  private Optional<Map<DeviceId, RelayedKey>> relayedKeys(
      DeviceId sender, List<SignedRevision> signed) {
    Map<DeviceId, RelayedKey> relayed = new LinkedHashMap<>();
    Optional<Peer> server = peers.find(sender.value()).filter(p -> p.kind() == PeerKind.SERVER);
    for (SignedRevision s : signed) {
      var r = s.revision();
      if (!DEVICE_KEY.equals(r.entityType())) {
        continue;
      }
      if (server.isEmpty() || !r.device().equals(sender)) {
        return Optional.empty();
      }
      Optional<RelayedKey> key = relayedKey(r.changes());
      if (key.isEmpty()) {
        return Optional.empty();
      }
      DeviceId id = DeviceId.ofSigningKey(key.get().signingKey());
      RelayedKey before = relayed.get(id);
      if (before != null && !Arrays.equals(before.agreementKey(), key.get().agreementKey())) {
        return Optional.empty();
      }
      boolean revoked = key.get().revoked() || (before != null && before.revoked());
      relayed.put(id, new RelayedKey(key.get().signingKey(), key.get().agreementKey(), revoked));
    }
    // The server relays every device, this one and itself included: those are known already.
    relayed.remove(self);
    relayed.remove(sender);
    for (Map.Entry<DeviceId, RelayedKey> e : relayed.entrySet()) {
      Optional<Peer> pinned = peers.find(e.getKey().value());
      if (pinned.isPresent()
          && (pinned.get().kind() != PeerKind.DEVICE
              || !Arrays.equals(pinned.get().agreementKey(), e.getValue().agreementKey()))) {
        return Optional.empty();
      }
    }
    return Optional.of(relayed);
  }

  private static Optional<RelayedKey> relayedKey(Map<String, JsonNode> changes) {
    JsonNode signing = changes.get("signingKey");
    JsonNode agreement = changes.get("agreementKey");
    JsonNode revoked = changes.get("revoked");
    if (signing == null || !signing.isTextual() || agreement == null || !agreement.isTextual()) {
      return Optional.empty();
    }
    if (revoked != null && !revoked.isBoolean()) {
      return Optional.empty();
    }
    Optional<byte[]> s = key(signing.textValue());
    Optional<byte[]> a = key(agreement.textValue());
    if (s.isEmpty() || a.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RelayedKey(s.get(), a.get(), revoked != null && revoked.booleanValue()));
  }

  private static Optional<byte[]> key(String text) {
    try {
      byte[] key = Base64.getUrlDecoder().decode(text);
      return key.length == 32 ? Optional.of(key) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Parses a stored signed revision back into the JSON object a bundle carries. */
  static ObjectNode item(byte[] signedRevision) {
    try {
      JsonNode node = org.depder.sync.canonical.StrictJsonParser.parse(signedRevision);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (CanonicalJsonException e) {
      // reported below
    }
    throw new IllegalStateException("a stored revision is not a JSON object");
  }
}
