package org.depder.app.replication;

import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.VaultSession;
import org.depder.domain.UuidV7;
import org.depder.store.Peer;
import org.depder.store.PeerKind;
import org.depder.store.RevisionEntry;
import org.depder.store.RevisionOrigin;
import org.depder.store.StoredRevision;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionVerifier;

/**
 * One laptop for the tests: a real vault file, unlocked, with the replication services wired as the
 * application wires them. Revisions travel between replicas as the bundle layer would hand them
 * over: verified against the receiver's pinned keys, inserted as received, then the listener runs.
 */
final class Replica {
  final LocalVaultService vault;
  final EntityProjectors projectors = new EntityProjectors().register(new NoteProjector());
  final RevisionLog log;
  final ReadModelRefresher refresher;
  final VaultConflictService conflicts;

  private Replica(LocalVaultService vault, Clock clock) {
    this.vault = vault;
    VaultSessions sessions = vault::session;
    this.log = new RevisionLog(sessions, projectors, new UuidV7(clock, new SecureRandom()));
    this.refresher = new ReadModelRefresher(sessions, projectors);
    this.conflicts = new VaultConflictService(sessions, log);
  }

  static Replica create(Path file, Clock clock) throws Exception {
    return new Replica(TestVaults.created(file, clock), clock);
  }

  /** The same vault after a restart: a new service over the same file, unlocked again. */
  static Replica reopen(Path file, Clock clock) throws Exception {
    LocalVaultService service = TestVaults.service(file, clock);
    service.unlock(ADMIN, pw(ADMIN_PASSWORD));
    return new Replica(service, clock);
  }

  VaultSession session() throws Exception {
    return vault.session();
  }

  DeviceId deviceId() throws Exception {
    return DeviceId.ofSigningKey(session().deviceKeys().signingPublicKey());
  }

  /** Pins {@code other}'s public keys as a device peer (what enrolment does through the server). */
  void pin(Replica other) throws Exception {
    session()
        .replication()
        .peers()
        .pin(
            other.deviceId().value(),
            other.session().deviceKeys().signingPublicKey(),
            other.session().deviceKeys().agreementPublicKey(),
            PeerKind.DEVICE);
  }

  /**
   * Receives every revision of {@code entities} that {@code from} holds, then runs the listener.
   */
  AppliedRevisionsListener.ApplyReport receive(Replica from, Set<EntityRef> entities)
      throws Exception {
    List<RevisionEntry> entries = new ArrayList<>();
    for (EntityRef ref : entities) {
      for (StoredRevision stored :
          from.session().replication().revisions().revisionsOf(ref.entityId())) {
        entries.add(stored.entry());
      }
    }
    return receive(entries);
  }

  /**
   * Verifies {@code entries} against the pinned keys, stores them as received, runs the listener.
   */
  AppliedRevisionsListener.ApplyReport receive(List<RevisionEntry> entries) throws Exception {
    VaultSession session = session();
    byte[] ownKey = session.deviceKeys().signingPublicKey();
    DeviceId self = DeviceId.ofSigningKey(ownKey);
    RevisionVerifier verifier =
        new RevisionVerifier(
            device ->
                device.equals(self)
                    ? java.util.Optional.of(ownKey)
                    : session
                        .replication()
                        .peers()
                        .find(device.value())
                        .filter(p -> !p.revoked())
                        .map(Peer::signingKey));
    Set<EntityRef> touched = new java.util.LinkedHashSet<>();
    for (RevisionEntry entry : entries) {
      verifier.verify(RevisionJson.parseSigned(entry.signedRevision()));
      touched.add(new EntityRef(entry.entityType(), entry.entityId()));
    }
    session().replication().revisions().insertAll(entries, RevisionOrigin.REMOTE);
    return refresher.applied(touched);
  }

  static Map<String, JsonNode> changes(Object... fieldsAndValues) {
    Map<String, JsonNode> changes = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Object value = fieldsAndValues[i + 1];
      changes.put(
          (String) fieldsAndValues[i],
          value instanceof JsonNode node
              ? node
              : value instanceof Integer n
                  ? JsonNodeFactory.instance.numberNode(n)
                  : value == null
                      ? JsonNodeFactory.instance.nullNode()
                      : JsonNodeFactory.instance.textNode((String) value));
    }
    return changes;
  }
}
