package org.depder.store;

import java.util.Objects;
import java.util.UUID;

/**
 * A bundle file that arrived ahead of a gap in its sender's sequence, kept until the gap is filled.
 *
 * @param bundleBytes the bundle file exactly as received (opened from its vault seal)
 */
public record HeldBundle(
    String senderId, long seq, UUID bundleId, byte[] bundleBytes, long heldAt) {
  public HeldBundle {
    ReplicationValues.deviceId(senderId);
    Objects.requireNonNull(bundleId, "bundleId");
    bundleBytes = Objects.requireNonNull(bundleBytes, "bundleBytes").clone();
  }

  @Override
  public byte[] bundleBytes() {
    return bundleBytes.clone();
  }

  @Override
  public String toString() {
    return "HeldBundle[senderId=" + senderId + ", seq=" + seq + ", bundleId=" + bundleId + "]";
  }
}
