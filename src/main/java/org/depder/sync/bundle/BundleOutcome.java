package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/** What {@link BundleReader#read} decided about one bundle. */
public sealed interface BundleOutcome {

  /**
   * Verified and opened: apply the items, then record it with {@link BundleReader#commit(Accepted,
   * byte[])} in the same transaction, then offer {@link BundleReader#nextHeld} again.
   */
  record Accepted(BundleManifest manifest, String manifestHash, List<ObjectNode> items)
      implements BundleOutcome {
    public Accepted {
      Objects.requireNonNull(manifest, "manifest");
      Objects.requireNonNull(manifestHash, "manifestHash");
      items = List.copyOf(items);
    }

    @Override
    public String toString() {
      return "Accepted[" + manifest + "]";
    }
  }

  /**
   * The same bundle (same seq, same manifest hash) was applied before: send {@code receipt} again.
   */
  record AlreadyApplied(BundleManifest manifest, String manifestHash, byte[] receipt)
      implements BundleOutcome {
    public AlreadyApplied {
      receipt = receipt.clone();
    }

    @Override
    public byte[] receipt() {
      return receipt.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AlreadyApplied other
          && manifest.equals(other.manifest)
          && manifestHash.equals(other.manifestHash)
          && java.util.Arrays.equals(receipt, other.receipt);
    }

    @Override
    public int hashCode() {
      return manifestHash.hashCode();
    }

    @Override
    public String toString() {
      return "AlreadyApplied[" + manifest + "]";
    }
  }

  /**
   * Authentic, but an earlier seq from this sender is missing: kept in the ledger, nothing applied,
   * no receipt. It is offered again once {@code missingSeq} has been accepted.
   */
  record Held(BundleManifest manifest, String manifestHash, long missingSeq)
      implements BundleOutcome {}

  /** Refused; nothing was applied or recorded. */
  record Rejected(BundleRejection rejection) implements BundleOutcome {
    public RejectionReason reason() {
      return rejection.reason();
    }
  }
}
