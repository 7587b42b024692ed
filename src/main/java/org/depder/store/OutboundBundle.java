package org.depder.store;

import java.util.Objects;
import java.util.UUID;

/** One bundle this vault made for a recipient: a link in that recipient's hash chain. */
public record OutboundBundle(
    String recipientId,
    long seq,
    UUID bundleId,
    byte[] manifestHash,
    int revisionCount,
    State state,
    long createdAt,
    long updatedAt) {
  /** Stored by code: {@code sent} until a receipt for it arrives, then {@code acknowledged}. */
  public enum State {
    SENT,
    ACKNOWLEDGED;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static State fromCode(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public OutboundBundle {
    ReplicationValues.deviceId(recipientId);
    Objects.requireNonNull(bundleId, "bundleId");
    manifestHash = ReplicationValues.hash(manifestHash);
    Objects.requireNonNull(state, "state");
  }

  @Override
  public byte[] manifestHash() {
    return manifestHash.clone();
  }
}
