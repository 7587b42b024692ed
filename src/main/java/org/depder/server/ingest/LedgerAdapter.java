package org.depder.server.ingest;

import java.time.Instant;
import java.util.Optional;
import org.depder.server.core.AcceptedBundle;
import org.depder.server.core.IngestLedger;
import org.depder.sync.bundle.InboundLedger;
import org.depder.sync.revision.DeviceId;

/** The bundle reader's ledger on the server's database, inside the ingest transaction. */
final class LedgerAdapter implements InboundLedger {
  private final IngestLedger ledger;
  private final Instant now;

  LedgerAdapter(IngestLedger ledger, Instant now) {
    this.ledger = ledger;
    this.now = now;
  }

  @Override
  public long lastAcceptedSeq(DeviceId sender) {
    return ledger.lastAcceptedSeq(sender);
  }

  @Override
  public Optional<Entry> accepted(DeviceId sender, long seq) {
    return ledger.accepted(sender, seq).map(b -> new Entry(b.seq(), b.manifestHash(), b.receipt()));
  }

  @Override
  public void recordAccepted(DeviceId sender, Entry entry) {
    ledger.recordAccepted(
        sender, new AcceptedBundle(entry.seq(), entry.manifestHash(), entry.receipt()), now);
  }

  @Override
  public Optional<String> heldHash(DeviceId sender, long seq) {
    return ledger.heldHash(sender, seq);
  }

  @Override
  public void hold(DeviceId sender, long seq, String manifestHash, byte[] bundle) {
    ledger.hold(sender, seq, manifestHash, bundle, now);
  }

  @Override
  public Optional<byte[]> heldBundle(DeviceId sender, long seq) {
    return ledger.heldBundle(sender, seq);
  }
}
