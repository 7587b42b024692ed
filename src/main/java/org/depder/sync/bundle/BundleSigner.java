package org.depder.sync.bundle;

/**
 * Signs with this device's Ed25519 key without handing the key out: {@code deviceKeys::sign} fits,
 * as does any {@code Function<byte[], byte[]>}'s {@code apply}.
 */
@FunctionalInterface
public interface BundleSigner {
  /** The 64-byte Ed25519 signature of {@code message}. */
  byte[] sign(byte[] message);
}
