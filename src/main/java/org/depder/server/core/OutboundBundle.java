package org.depder.server.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * One bundle of the server's stream to a device, kept exactly as first written so that pulling it
 * again (after a dropped connection, or from a USB response file) gives the same bytes and seq.
 */
public record OutboundBundle(long seq, String manifestHash, byte[] bytes, boolean receipted) {
  public OutboundBundle {
    Objects.requireNonNull(manifestHash, "manifestHash");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutboundBundle b
        && seq == b.seq
        && receipted == b.receipted
        && manifestHash.equals(b.manifestHash)
        && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seq) * 31 + manifestHash.hashCode();
  }

  @Override
  public String toString() {
    return "OutboundBundle[seq " + seq + ", " + manifestHash + ", receipted=" + receipted + "]";
  }
}
