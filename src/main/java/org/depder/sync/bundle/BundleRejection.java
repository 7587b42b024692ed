package org.depder.sync.bundle;

import java.util.Objects;

/** A refused bundle or receipt: only the reason code, never anything quoted from the input. */
public record BundleRejection(RejectionReason reason) {
  public BundleRejection {
    Objects.requireNonNull(reason, "reason");
  }
}
