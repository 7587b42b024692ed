package org.depder.sync.bundle;

import java.util.Objects;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/**
 * What this device remembers about each sender's stream of bundles: every accepted seq with its
 * manifest hash and the receipt sent for it (to answer a retry with the same receipt), and the
 * bundles held back because an earlier seq is missing.
 *
 * <p>{@link BundleReader} only reads it, except {@link #hold}. The caller records an accepted
 * bundle with {@link #recordAccepted} in the same transaction that applies its items, so a crash
 * can never leave a bundle applied but unrecorded, or recorded but unapplied.
 */
public interface InboundLedger {

  /** The highest seq accepted from {@code sender}, 0 if none. */
  long lastAcceptedSeq(DeviceId sender);

  Optional<Entry> accepted(DeviceId sender, long seq);

  /** Records an applied bundle and forgets a held copy of the same seq, if there was one. */
  void recordAccepted(DeviceId sender, Entry entry);

  /** Manifest hash of a held bundle, if one is held for that seq. */
  Optional<String> heldHash(DeviceId sender, long seq);

  /** Keeps a verified bundle whose predecessor has not arrived; nothing of it is applied. */
  void hold(DeviceId sender, long seq, String manifestHash, byte[] bundle);

  /** The held bundle's bytes as received, to offer to {@link BundleReader#read} again. */
  Optional<byte[]> heldBundle(DeviceId sender, long seq);

  /**
   * One accepted bundle.
   *
   * @param receipt the signed receipt bytes sent for it, re-sent when the same bundle comes again
   */
  record Entry(long seq, String manifestHash, byte[] receipt) {
    public Entry {
      Objects.requireNonNull(manifestHash, "manifestHash");
      receipt = receipt.clone();
    }

    @Override
    public byte[] receipt() {
      return receipt.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry other
          && seq == other.seq
          && manifestHash.equals(other.manifestHash)
          && java.util.Arrays.equals(receipt, other.receipt);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(seq) * 31 + manifestHash.hashCode();
    }

    @Override
    public String toString() {
      return "Entry[seq " + seq + ", " + manifestHash + "]";
    }
  }
}
