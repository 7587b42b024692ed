package org.depder.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds secret key bytes, counts how many AEAD encryptions used them, and zeroes them on {@link
 * #destroy()}.
 *
 * <p>Why a counter: AES-GCM with random 96-bit nonces stays within NIST SP 800-38D's collision
 * bound only for at most 2^32 encryptions under one key. We ask for rotation at {@link
 * #ROTATION_THRESHOLD} (2^30), far below that, and refuse to encrypt at {@link #HARD_LIMIT}. The
 * count lives in memory; the store persists it beside the key and restores it with {@link
 * #restore(byte[], long)}.
 *
 * <p>Destroying while another thread is using the key is a caller error; the object is otherwise
 * safe to share between threads.
 */
public final class SecretKeyMaterial implements AutoCloseable {
  /** Encryptions after which {@link #needsRotation()} turns true: 2^30. */
  public static final long ROTATION_THRESHOLD = 1L << 30;

  /** Encryptions after which sealing is refused: 2^32 (NIST SP 800-38D, random nonces). */
  public static final long HARD_LIMIT = 1L << 32;

  private final byte[] bytes;
  private final AtomicLong encryptions;
  private volatile boolean destroyed;

  private SecretKeyMaterial(byte[] owned, long encryptionsSoFar) {
    if (owned.length == 0) {
      throw new KeyMaterialException("empty key");
    }
    if (encryptionsSoFar < 0) {
      throw new KeyMaterialException("negative encryption count");
    }
    this.bytes = owned;
    this.encryptions = new AtomicLong(encryptionsSoFar);
  }

  /** A copy of {@code key}; the caller still owns (and should wipe) its array. */
  public static SecretKeyMaterial copyOf(byte[] key) {
    return new SecretKeyMaterial(key.clone(), 0);
  }

  /** A copy of a persisted key together with the number of encryptions it has already done. */
  public static SecretKeyMaterial restore(byte[] key, long encryptionsSoFar) {
    return new SecretKeyMaterial(key.clone(), encryptionsSoFar);
  }

  /** {@code length} fresh random bytes, for example a new 32-byte vault key. */
  public static SecretKeyMaterial generate(SecureRandom random, int length) {
    byte[] key = new byte[length];
    random.nextBytes(key);
    return new SecretKeyMaterial(key, 0);
  }

  /** Takes {@code key} without copying: used internally for freshly derived arrays. */
  static SecretKeyMaterial adopt(byte[] key) {
    return new SecretKeyMaterial(key, 0);
  }

  public int length() {
    return bytes.length;
  }

  /** A copy of the key bytes, for persisting under another key. The caller must wipe it. */
  public byte[] copyBytes() {
    return bytes().clone();
  }

  /** The live array, for this package only: never hand it out or keep it. */
  byte[] bytes() {
    if (destroyed) {
      throw new KeyMaterialException("key has been destroyed");
    }
    return bytes;
  }

  /** Reserves one encryption; refuses once the hard limit is reached. */
  void countEncryption() {
    bytes();
    long before = encryptions.getAndIncrement();
    if (before >= HARD_LIMIT) {
      encryptions.decrementAndGet();
      throw new KeyMaterialException("key has reached its encryption limit; rotate it");
    }
  }

  public long encryptionCount() {
    return encryptions.get();
  }

  public boolean needsRotation() {
    return encryptions.get() >= ROTATION_THRESHOLD;
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  /** Zeroes the key bytes; every later use throws {@link KeyMaterialException}. */
  public void destroy() {
    destroyed = true;
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public void close() {
    destroy();
  }

  @Override
  public String toString() {
    return "SecretKeyMaterial[" + bytes.length + " bytes" + (destroyed ? ", destroyed]" : "]");
  }
}
