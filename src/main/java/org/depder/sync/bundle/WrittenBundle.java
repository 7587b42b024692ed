package org.depder.sync.bundle;

import java.util.Objects;

/**
 * A bundle ready to send: its bytes, and the manifest and hash the sender's outbox keeps to chain
 * the next bundle ({@code prevBundleHash}) and to match the receipt.
 */
public record WrittenBundle(byte[] bytes, BundleManifest manifest, String manifestHash) {
  public WrittenBundle {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(manifestHash, "manifestHash");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WrittenBundle other
        && manifestHash.equals(other.manifestHash)
        && java.util.Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return manifestHash.hashCode();
  }

  @Override
  public String toString() {
    return "WrittenBundle[" + manifest + ", " + bytes.length + " bytes]";
  }
}
