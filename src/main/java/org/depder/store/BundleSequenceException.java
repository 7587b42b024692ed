package org.depder.store;

/**
 * A bundle's sequence number does not fit the ledger: an inbound bundle at or below the last one
 * accepted from its sender (a replay), an inbound bundle id accepted before, or an outbound bundle
 * that is not the next in its recipient's chain. Nothing was written. Carries ids and numbers only.
 */
public final class BundleSequenceException extends RuntimeException {
  private final String peerId;
  private final long seq;

  public BundleSequenceException(String peerId, long seq, String why) {
    super("bundle seq " + seq + " for peer " + peerId + " refused: " + why);
    this.peerId = peerId;
    this.seq = seq;
  }

  public String peerId() {
    return peerId;
  }

  public long seq() {
    return seq;
  }
}
