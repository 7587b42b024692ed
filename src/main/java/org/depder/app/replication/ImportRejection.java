package org.depder.app.replication;

/**
 * Why a file was refused, as the user is told it (one translated key each, {@code
 * sync.rejected.<name in lower case>}). Mirrors the bundle reader's reasons so the UI need not
 * depend on the sync package.
 */
public enum ImportRejection {
  NOT_A_DEPDER_FILE,
  OVERSIZE,
  MALFORMED,
  DUPLICATE_KEY,
  UNSUPPORTED_FORMAT,
  UNKNOWN_SENDER,
  REVOKED_SENDER,
  WRONG_RECIPIENT,
  BAD_SIGNATURE,
  HASH_MISMATCH,
  REPLAYED,
  CHAIN_MISMATCH,
  DECRYPTION_FAILED,
  DECOMPRESSION_LIMIT,
  COUNT_MISMATCH,
  /** A receipt for a bundle this device never sent, or not signed by the expected peer. */
  RECEIPT_NOT_OURS,
  /**
   * The bundle is authentic, but a revision inside it does not verify (unknown or revoked author,
   * bad signature, malformed) or contradicts a revision or device key held here: the whole bundle
   * is refused.
   */
  BAD_REVISION
}
