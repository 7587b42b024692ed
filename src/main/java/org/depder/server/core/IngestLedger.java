package org.depder.server.core;

import java.time.Instant;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * The ingest side of one transaction: which bundles each device has had accepted (with the receipt
 * sent for each), which arrived early and are held, and the revisions stored. Shaped so that the
 * bundle reader's ledger (org.depder.sync.bundle) can sit on it, with the accepted bundle recorded
 * in the same transaction that stores its revisions.
 */
public interface IngestLedger {
  /** The highest seq accepted from {@code device}, 0 if none. */
  long lastAcceptedSeq(DeviceId device);

  Optional<AcceptedBundle> accepted(DeviceId device, long seq);

  /** Records an accepted bundle and drops a held copy of the same seq, if any. */
  void recordAccepted(DeviceId device, AcceptedBundle bundle, Instant at);

  Optional<String> heldHash(DeviceId device, long seq);

  void hold(DeviceId device, long seq, String manifestHash, byte[] bundle, Instant at);

  Optional<byte[]> heldBundle(DeviceId device, long seq);

  /** Stores a revision unless one with its id exists; true if it was new. */
  boolean storeRevision(StoredRevision revision, Instant at);

  /** How many revisions the server holds. */
  long revisionCount();
}
