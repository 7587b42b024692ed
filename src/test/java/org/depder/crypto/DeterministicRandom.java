package org.depder.crypto;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** A repeatable "random" source for golden outputs: SHA-256(seed || counter) blocks. */
final class DeterministicRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private final long seed;
  private long counter;

  DeterministicRandom(long seed) {
    this.seed = seed;
  }

  @Override
  public synchronized void nextBytes(byte[] bytes) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      int at = 0;
      while (at < bytes.length) {
        byte[] block =
            sha256.digest(ByteBuffer.allocate(16).putLong(seed).putLong(counter++).array());
        int n = Math.min(block.length, bytes.length - at);
        System.arraycopy(block, 0, bytes, at, n);
        at += n;
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
