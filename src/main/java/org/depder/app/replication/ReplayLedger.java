package org.depder.app.replication;

import java.util.Optional;
import org.depder.sync.bundle.InboundLedger;
import org.depder.sync.revision.DeviceId;

/**
 * A read-only view of the inbound ledger as it stood just before bundle {@code seq} was accepted,
 * so an already applied bundle can be read (and opened) once more to answer it with a receipt.
 */
final class ReplayLedger implements InboundLedger {
  private final InboundLedger ledger;
  private final long seq;

  ReplayLedger(InboundLedger ledger, long seq) {
    this.ledger = ledger;
    this.seq = seq;
  }

  @Override
  public long lastAcceptedSeq(DeviceId sender) {
    return seq - 1;
  }

  @Override
  public Optional<Entry> accepted(DeviceId sender, long at) {
    return at < seq ? ledger.accepted(sender, at) : Optional.empty();
  }

  @Override
  public void recordAccepted(DeviceId sender, Entry entry) {
    throw new IllegalStateException("a replay records nothing");
  }

  @Override
  public Optional<String> heldHash(DeviceId sender, long at) {
    return Optional.empty();
  }

  @Override
  public void hold(DeviceId sender, long at, String manifestHash, byte[] bundle) {
    throw new IllegalStateException("a replay holds nothing");
  }

  @Override
  public Optional<byte[]> heldBundle(DeviceId sender, long at) {
    return Optional.empty();
  }
}
