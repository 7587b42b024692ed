package org.depder.app.screening;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.replication.VaultSessions;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.store.BlindIndexToken;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;

/**
 * Screening drafts in the encrypted vault (docs/screening-ui.md section 5). Each (screening id,
 * revision) is one sealed record of entity type {@value #ENTITY_TYPE} whose row id is derived from
 * the pair, so saving a revision again replaces it in one transaction and other revisions are never
 * touched. The payload is {@link ScreeningDraftJson}; the only token is a blind index ({@value
 * #INDEX}) over the screening id, which finds the revisions of one screening. In clear the vault
 * holds only the row id, the type, the revision number and the time of the save.
 *
 * <p>Every failure of the vault or the store (locked, disk full, a record that does not decrypt or
 * decode) is reported as a {@link ScreeningStoreException} with no personal data in its message.
 * Safe to call from several threads: the store serialises its own transactions.
 */
public final class VaultScreeningRepository implements ScreeningDraftRepository {
  static final String ENTITY_TYPE = "screening";
  static final String INDEX = "screening_record";

  private final VaultSessions sessions;

  public VaultScreeningRepository(VaultSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void save(ScreeningDraft draft) throws ScreeningStoreException {
    VaultSession session = session();
    String rowId = rowId(draft.id(), draft.revision());
    try {
      Optional<RecordEnvelope> stored = session.records().find(rowId);
      if (stored.isPresent()) {
        ScreeningDraft before = decode(stored.get());
        if (before.finalised() && !before.equals(draft)) {
          throw new ScreeningStoreException("a finalised screening revision is not overwritten");
        }
      }
      session
          .records()
          .save(
              new RecordEnvelope(
                  rowId,
                  ENTITY_TYPE,
                  draft.revision(),
                  ScreeningDraftJson.FORMAT,
                  SyncState.PENDING,
                  Long.toString(draft.updatedAt().toEpochMilli()),
                  ScreeningDraftJson.encode(draft),
                  List.of(token(session, draft.id()))));
    } catch (RuntimeException e) {
      throw new ScreeningStoreException("saving a screening failed", e);
    }
  }

  @Override
  public Optional<ScreeningDraft> latest(UUID id) throws ScreeningStoreException {
    List<ScreeningDraft> all = revisions(id);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public List<ScreeningDraft> revisions(UUID id) throws ScreeningStoreException {
    VaultSession session = session();
    List<ScreeningDraft> found = new ArrayList<>();
    try {
      for (String rowId : session.records().findIdsByToken(token(session, id))) {
        Optional<RecordEnvelope> record = session.records().find(rowId);
        if (record.isPresent() && record.get().entityType().equals(ENTITY_TYPE)) {
          ScreeningDraft draft = decode(record.get());
          if (draft.id().equals(id)) {
            found.add(draft);
          }
        }
      }
    } catch (RuntimeException e) {
      throw new ScreeningStoreException("reading a screening failed", e);
    }
    found.sort(Comparator.comparingInt(ScreeningDraft::revision));
    return List.copyOf(found);
  }

  @Override
  public List<ScreeningDraft> latestOfAll() throws ScreeningStoreException {
    VaultSession session = session();
    Map<UUID, ScreeningDraft> latest = new HashMap<>();
    try {
      for (RecordEnvelope record : session.records().findAll(ENTITY_TYPE)) {
        ScreeningDraft draft = decode(record);
        latest.merge(draft.id(), draft, (a, b) -> a.revision() >= b.revision() ? a : b);
      }
    } catch (RuntimeException e) {
      throw new ScreeningStoreException("reading the screenings failed", e);
    }
    return List.copyOf(latest.values());
  }

  /** The row of one revision: a name-based UUID of (screening id, revision). */
  static String rowId(UUID id, int revision) {
    return UUID.nameUUIDFromBytes(
            ("depder.screening|" + id + "|" + revision).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static BlindIndexToken token(VaultSession session, UUID id) {
    return session.blindToken(
        INDEX,
        ByteBuffer.allocate(16)
            .putLong(id.getMostSignificantBits())
            .putLong(id.getLeastSignificantBits())
            .array());
  }

  private static ScreeningDraft decode(RecordEnvelope record) throws ScreeningStoreException {
    try {
      return ScreeningDraftJson.decode(record.payload());
    } catch (IOException e) {
      throw new ScreeningStoreException("a screening record does not decode", e);
    }
  }

  private VaultSession session() throws ScreeningStoreException {
    try {
      return sessions.current();
    } catch (VaultException e) {
      throw new ScreeningStoreException("the vault is not open", e);
    } catch (RuntimeException e) {
      throw new ScreeningStoreException("the vault is not available", e);
    }
  }
}
