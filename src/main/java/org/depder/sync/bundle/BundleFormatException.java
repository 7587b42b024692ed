package org.depder.sync.bundle;

import java.util.Objects;

/**
 * Raised inside this package when a check fails; the reader turns it into a {@link
 * BundleRejection}. The message is the reason code and nothing else, so it is safe to log.
 */
public final class BundleFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final RejectionReason reason;

  public BundleFormatException(RejectionReason reason) {
    super(Objects.requireNonNull(reason, "reason").name(), null, false, false);
    this.reason = reason;
  }

  public RejectionReason reason() {
    return reason;
  }
}
