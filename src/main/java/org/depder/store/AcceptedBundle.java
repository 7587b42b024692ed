package org.depder.store;

import java.util.Objects;
import java.util.UUID;

/** One inbound bundle accepted from a sender. */
public record AcceptedBundle(
    String senderId,
    long seq,
    UUID bundleId,
    byte[] manifestHash,
    int revisionCount,
    long acceptedAt) {
  public AcceptedBundle {
    ReplicationValues.deviceId(senderId);
    Objects.requireNonNull(bundleId, "bundleId");
    manifestHash = ReplicationValues.hash(manifestHash);
  }

  @Override
  public byte[] manifestHash() {
    return manifestHash.clone();
  }
}
