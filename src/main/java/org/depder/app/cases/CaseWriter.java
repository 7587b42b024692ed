package org.depder.app.cases;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.RevisionLog;
import org.depder.app.replication.VaultSessions;
import org.depder.app.vault.Role;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.domain.cases.FieldMap;

/**
 * Writes case entities as revisions: only the fields that changed since the read model's state, so
 * two laptops editing different fields of one entity merge, and the same field conflicts.
 */
final class CaseWriter {
  private final VaultSessions sessions;
  private final RevisionLog log;

  CaseWriter(VaultSessions sessions, RevisionLog log) {
    this.sessions = sessions;
    this.log = log;
  }

  VaultSession session() throws CaseServiceException {
    try {
      return sessions.current();
    } catch (VaultException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }

  String user() throws CaseServiceException {
    return session().userId();
  }

  Role role() throws CaseServiceException {
    try {
      return session().role();
    } catch (RuntimeException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }

  /**
   * Refuses with {@code ROLE_NOT_ALLOWED} unless the signed-in user's role may do {@code action}.
   */
  void require(CaseAccess.Action action) throws CaseServiceException {
    CaseAccess.require(role(), action);
  }

  /** The read-model state of one entity. */
  <T> CaseRecords.Stored<T> load(UUID id, String type, Function<FieldMap, T> reader)
      throws CaseServiceException {
    try {
      Optional<CaseRecords.Stored<T>> found = CaseRecords.find(session(), id, type, reader);
      return found.orElseThrow(() -> new CaseServiceException(CaseServiceException.Code.NOT_FOUND));
    } catch (ReplicationException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }

  /** Writes a new entity whose id is {@code id}. */
  void create(String type, UUID id, FieldMap fields) throws CaseServiceException {
    write(type, id, fields, FieldMap.empty());
  }

  /** Writes the fields of {@code after} that differ from {@code before}; nothing if none do. */
  void write(String type, UUID id, FieldMap after, FieldMap before) throws CaseServiceException {
    var changes = CaseRecords.changes(after, before);
    if (changes.isEmpty()) {
      return;
    }
    try {
      log.write(new EntityRef(type, id), changes);
    } catch (ReplicationException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }
}
