package org.depder.sync.revision;

/** Why a signed revision was refused; each is a reason to apply nothing from it. */
public enum VerificationFailure {
  /** No signing key is known (or still trusted) for the revision's device. */
  UNKNOWN_DEVICE,
  /** The key the directory returned does not derive the revision's device id: a mis-filed key. */
  DEVICE_MISMATCH,
  /** The signature does not verify over the revision's signing bytes. */
  BAD_SIGNATURE,
  /** The revision holds a value with no canonical JSON form, so it cannot have been signed. */
  MALFORMED_REVISION
}
