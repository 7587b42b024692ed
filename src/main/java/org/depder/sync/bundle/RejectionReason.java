package org.depder.sync.bundle;

/**
 * Why a bundle or receipt was refused. These are stable codes, not messages: the UI translates them
 * and the sender's outbox shows them; none of them ever carries input text.
 */
public enum RejectionReason {
  /** Larger than a {@link BundleLimits} bound, before or after decoding, or too many items. */
  OVERSIZE,
  /** Not JSON, trailing data, a wrong type, a missing or unknown member, non-canonical base64. */
  MALFORMED,
  /** A JSON object names the same member twice, at any level. */
  DUPLICATE_KEY,
  /** A format version, codec, kind or encryption scheme this build does not know. */
  UNSUPPORTED_FORMAT,
  /** The sender is not in the peer directory (or its pinned key does not give its device id). */
  UNKNOWN_SENDER,
  /** The sender was revoked. */
  REVOKED_SENDER,
  /** The bundle is addressed to another device. */
  WRONG_RECIPIENT,
  /** The Ed25519 signature over the canonical manifest does not verify. */
  BAD_SIGNATURE,
  /** The payload bytes do not have the hash the signed manifest names. */
  HASH_MISMATCH,
  /** The sequence number was already used by a different bundle from this sender. */
  REPLAYED,
  /** {@code prevBundleHash} does not name the last bundle accepted from this sender. */
  CHAIN_MISMATCH,
  /** The payload does not open with this device's agreement key and the manifest as AAD. */
  DECRYPTION_FAILED,
  /** The payload inflates beyond {@link BundleLimits#maxDecompressedBytes()}. */
  DECOMPRESSION_LIMIT,
  /** The number of items differs from the manifest's {@code count}. */
  COUNT_MISMATCH
}
