package org.depder.server.ingest;

import java.util.Objects;
import org.depder.server.core.ErrorCode;

/** What became of a pushed bundle. */
public sealed interface PushResult {
  /** Applied now or before: the signed receipt bytes to send back. */
  record Applied(byte[] receipt) implements PushResult {
    public Applied {
      receipt = receipt.clone();
    }

    @Override
    public byte[] receipt() {
      return receipt.clone();
    }
  }

  /** Authentic but early: kept until {@code missingSeq} arrives; no receipt yet. */
  record Held(long missingSeq) implements PushResult {}

  /**
   * Refused; nothing was stored.
   *
   * @param reason the bundle layer's stable reason code, e.g. {@code BAD_SIGNATURE}
   * @param code how the API reports it (device_revoked, device_unknown, bundle_rejected...)
   */
  record Refused(String reason, ErrorCode code) implements PushResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(code, "code");
    }
  }
}
