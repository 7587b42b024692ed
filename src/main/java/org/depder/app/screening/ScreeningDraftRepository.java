package org.depder.app.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where screening drafts are kept. The desktop implementation stores them in the encrypted vault;
 * tests use an in-memory one. Calls may be slow (SQLite, encryption) and are made off the UI
 * thread.
 *
 * <p>Contract (docs/screening-ui.md section 5):
 *
 * <ul>
 *   <li>{@link #save} stores one revision by (id, revision), replacing an earlier save of the same
 *       revision; it is atomic: after a crash either the old or the new value is read back, never a
 *       mix. The service never asks to replace a finalised revision.
 *   <li>Revisions of a record are kept, never deleted by a later revision.
 *   <li>{@link #latest} returns the highest revision of a record.
 * </ul>
 */
public interface ScreeningDraftRepository {

  void save(ScreeningDraft draft) throws ScreeningStoreException;

  Optional<ScreeningDraft> latest(UUID id) throws ScreeningStoreException;

  /** Every revision of one record, oldest first. */
  List<ScreeningDraft> revisions(UUID id) throws ScreeningStoreException;

  /** The latest revision of every record, in any order. */
  List<ScreeningDraft> latestOfAll() throws ScreeningStoreException;
}
