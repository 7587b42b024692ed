package org.depder.app.replication;

import java.util.Optional;
import org.depder.sync.bundle.InboundLedger;
import org.depder.sync.revision.DeviceId;

/**
 * A ledger before the first bundle of every stream (seq 0 counts as missing, so any bundle is
 * "early"): reading an authentic bundle against it yields its manifest and hash and opens nothing.
 */
final class ProbeLedger implements InboundLedger {
  @Override
  public long lastAcceptedSeq(DeviceId sender) {
    return -1;
  }

  @Override
  public Optional<Entry> accepted(DeviceId sender, long seq) {
    return Optional.empty();
  }

  @Override
  public void recordAccepted(DeviceId sender, Entry entry) {
    throw new IllegalStateException("a probe records nothing");
  }

  @Override
  public Optional<String> heldHash(DeviceId sender, long seq) {
    return Optional.empty();
  }

  @Override
  public void hold(DeviceId sender, long seq, String manifestHash, byte[] bundle) {
    // a probe keeps nothing
  }

  @Override
  public Optional<byte[]> heldBundle(DeviceId sender, long seq) {
    return Optional.empty();
  }
}
