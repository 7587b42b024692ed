package org.depder.app.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.store.RevisionEntry;
import org.depder.store.StoredRevision;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.EntityMerge;
import org.depder.sync.revision.MergedEntity;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.SignedRevision;

/**
 * Reads an entity's stored revisions back and merges them. The stored bytes are the signed JSON the
 * bundle layer verified on receipt (or this device signed), sealed under the vault key, so they are
 * parsed strictly here but not verified again; custody, which must come from the server, is the
 * exception ({@link CustodyKeeper}).
 */
final class EntityHistory {
  private EntityHistory() {}

  static VaultSession session(VaultSessions sessions) throws ReplicationException {
    try {
      return sessions.current();
    } catch (VaultException e) {
      throw new ReplicationException(ReplicationException.Problem.VAULT_LOCKED, e);
    }
  }

  /** Every stored revision of the entity, signed, oldest first. */
  static List<SignedRevision> signed(VaultSession session, EntityRef ref)
      throws ReplicationException {
    try {
      List<SignedRevision> revisions = new ArrayList<>();
      for (StoredRevision stored : session.replication().revisions().revisionsOf(ref.entityId())) {
        if (stored.entry().entityType().equals(ref.entityType())) {
          revisions.add(RevisionJson.parseSigned(stored.entry().signedRevision()));
        }
      }
      return List.copyOf(revisions);
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }

  static List<Revision> revisions(VaultSession session, EntityRef ref) throws ReplicationException {
    return signed(session, ref).stream().map(SignedRevision::revision).toList();
  }

  /** The merged state, or empty when the vault holds no revision of the entity. */
  static Optional<MergedEntity> merged(VaultSession session, EntityRef ref)
      throws ReplicationException {
    return merge(revisions(session, ref));
  }

  static Optional<MergedEntity> merge(List<Revision> revisions) throws ReplicationException {
    if (revisions.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(EntityMerge.merge(revisions));
    } catch (RuntimeException e) {
      throw new ReplicationException(ReplicationException.Problem.STORE_FAILED, e);
    }
  }

  /** The store's form of a signed revision: routing fields and the canonical signed JSON. */
  static RevisionEntry entry(SignedRevision signed) {
    Revision r = signed.revision();
    return new RevisionEntry(
        r.revisionId(),
        r.entityType(),
        r.entityId(),
        r.hybridLogicalTime().wireForm(),
        r.device().value(),
        CanonicalJson.encode(RevisionJson.toJson(signed)));
  }
}
