package org.depder.sync.bundle;

/** What {@link ReceiptReader#read} decided about one receipt. */
public sealed interface ReceiptOutcome {
  /** Authentic and addressed to this device; the outbox matches {@code bundleManifestHash}. */
  record Valid(Receipt receipt) implements ReceiptOutcome {}

  /** Refused; the outbox keeps everything as it was. */
  record Rejected(BundleRejection rejection) implements ReceiptOutcome {
    public RejectionReason reason() {
      return rejection.reason();
    }
  }
}
