package org.depder.app.replication;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the sync and conflict screens may do with replication (issue 5): see the outbox, move
 * bundles and receipts by file (USB), and review and resolve conflicts. Every method needs an
 * unlocked vault and may be slow: call it from a background task, never the FX thread.
 *
 * <p>Nothing here ever loses data: an export marks items as sent but keeps them until a signed
 * receipt lists them; an import applies a bundle in one transaction or not at all.
 */
public interface ReplicationService {

  /** Counts and times for the top of the sync screen. */
  SyncSummary summary() throws ReplicationException;

  /** Every revision not yet acknowledged by the server, oldest first. */
  List<OutboxItem> outbox() throws ReplicationException;

  /**
   * Writes the pending revisions as one signed, encrypted bundle for the server to {@code target}:
   * temporary file, fsync, rename, then read back and verified. Items become "sent"; they stay in
   * the outbox until a receipt lists them.
   */
  TransferResult exportBundle(Path target, ProgressListener progress) throws ReplicationException;

  /**
   * Writes every unacknowledged revision, whatever its state, as one encrypted bundle to {@code
   * target} (for a coordinator to carry to the server when normal sync is stuck). Safe to repeat:
   * the server ignores revisions it already has.
   */
  TransferResult exportStuckItems(Path target, ProgressListener progress)
      throws ReplicationException;

  /**
   * Imports a bundle or a receipt file. A bundle is verified before anything is parsed and applied
   * in one transaction; its receipt is written atomically into {@code receiptDirectory} for the
   * return trip. A receipt releases the revisions it lists from the outbox.
   */
  ImportResult importFile(Path source, Path receiptDirectory, ProgressListener progress)
      throws ReplicationException;

  /** Entities with at least one field in conflict, oldest conflict first. */
  List<ConflictSummary> conflicts() throws ReplicationException;

  /** The ids of the entities of {@code entityType} with open conflicts, to flag them in lists. */
  Set<UUID> conflicted(String entityType) throws ReplicationException;

  /** Every conflicting field of one entity, with every candidate value side by side. */
  ConflictDetail conflict(EntityRef entity) throws ReplicationException;

  /**
   * Resolves one field by a new revision whose parents are all current heads (so both sides): the
   * value of the picked candidate, or an edited text.
   */
  void resolve(EntityRef entity, String field, Resolution resolution) throws ReplicationException;
}
