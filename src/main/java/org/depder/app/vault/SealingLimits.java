package org.depder.app.vault;

import org.depder.crypto.SecretKeyMaterial;

/**
 * When the record sealer moves to a new key generation, and how many encryptions it reserves on
 * disk at a time. Injected so tests can force rotation after a handful of seals.
 *
 * @param rotateAfter encryptions under one generation key before the next generation starts
 * @param reservation encryptions counted on disk before they are used, so that a crash can only
 *     over-count, never under-count
 */
public record SealingLimits(long rotateAfter, int reservation) {
  /** Rotate at 2^30 (crypto.md section 5), far below the 2^32 hard limit; reserve 4096 at once. */
  public static final SealingLimits DEFAULTS =
      new SealingLimits(SecretKeyMaterial.ROTATION_THRESHOLD, 4096);

  public SealingLimits {
    if (rotateAfter < 1 || rotateAfter > SecretKeyMaterial.ROTATION_THRESHOLD) {
      throw new IllegalArgumentException("rotation must come at or before 2^30 encryptions");
    }
    if (reservation < 1) {
      throw new IllegalArgumentException("the reservation must be positive");
    }
  }
}
