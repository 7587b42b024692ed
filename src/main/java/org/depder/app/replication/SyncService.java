package org.depder.app.replication;

import java.nio.file.Path;
import java.util.List;

/**
 * What the sync screen may do (issue 5): see the outbox and move bundles and receipts by file
 * (USB). Every method needs an unlocked vault and may be slow: call it from a background task,
 * never the FX thread.
 *
 * <p>Nothing here ever loses data: an export marks items as sent but keeps them until a signed
 * receipt lists them; an import applies a bundle in one transaction or not at all.
 */
public interface SyncService {

  /** Counts and times for the top of the sync screen. */
  SyncSummary summary() throws ReplicationException;

  /** Every revision not yet acknowledged by the server, oldest first. */
  List<OutboxItem> outbox() throws ReplicationException;

  /**
   * Writes one file to {@code target}: the oldest bundle whose receipt is overdue, again byte for
   * byte (same seq, so a receiver waiting for it can go on), or else one new signed, encrypted
   * bundle of the pending revisions for the server: temporary file, fsync, rename, then read back
   * and verified. Items become "sent"; they stay in the outbox until a receipt lists them.
   */
  TransferResult exportBundle(Path target, ProgressListener progress) throws ReplicationException;

  /**
   * Writes every unacknowledged bundle again whatever its age, then every other unacknowledged
   * revision as one new bundle, each its own file (for a coordinator to carry to the server when
   * normal sync is stuck). Safe to repeat: the server answers a bundle it already has with a
   * receipt and applies nothing twice.
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
}
