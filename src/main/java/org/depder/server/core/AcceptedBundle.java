package org.depder.server.core;

import java.util.Arrays;
import java.util.Objects;

/** One accepted bundle of a device: its seq, manifest hash and the receipt bytes sent for it. */
public record AcceptedBundle(long seq, String manifestHash, byte[] receipt) {
  public AcceptedBundle {
    Objects.requireNonNull(manifestHash, "manifestHash");
    receipt = receipt.clone();
  }

  @Override
  public byte[] receipt() {
    return receipt.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AcceptedBundle b
        && seq == b.seq
        && manifestHash.equals(b.manifestHash)
        && Arrays.equals(receipt, b.receipt);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seq) * 31 + manifestHash.hashCode();
  }

  @Override
  public String toString() {
    return "AcceptedBundle[seq " + seq + ", " + manifestHash + "]";
  }
}
