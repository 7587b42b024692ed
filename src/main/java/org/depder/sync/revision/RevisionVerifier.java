package org.depder.sync.revision;

import java.util.Objects;
import java.util.Optional;
import org.depder.crypto.Ed25519;

/**
 * Checks that a signed revision was made by the device it names: the device's key is looked up,
 * must derive that device id, and must verify the signature over {@link RevisionJson#signingBytes}.
 */
public final class RevisionVerifier {
  private final SigningKeyDirectory keys;

  public RevisionVerifier(SigningKeyDirectory keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** Why {@code signed} is not trustworthy, or empty when it verifies. */
  public Optional<VerificationFailure> check(SignedRevision signed) {
    Revision revision = signed.revision();
    Optional<byte[]> key = keys.signingKey(revision.device());
    if (key.isEmpty()) {
      return Optional.of(VerificationFailure.UNKNOWN_DEVICE);
    }
    if (!DeviceId.ofSigningKey(key.get()).equals(revision.device())) {
      return Optional.of(VerificationFailure.DEVICE_MISMATCH);
    }
    byte[] message;
    try {
      message = RevisionJson.signingBytes(revision);
    } catch (RevisionFormatException e) {
      return Optional.of(VerificationFailure.MALFORMED_REVISION);
    }
    return Ed25519.verify(key.get(), message, signed.signature())
        ? Optional.empty()
        : Optional.of(VerificationFailure.BAD_SIGNATURE);
  }

  /**
   * Returns the revision of {@code signed} if it verifies.
   *
   * @throws RevisionVerificationException with the reason otherwise
   */
  public Revision verify(SignedRevision signed) {
    Optional<VerificationFailure> failure = check(signed);
    if (failure.isPresent()) {
      throw new RevisionVerificationException(failure.get(), signed.revision().revisionId());
    }
    return signed.revision();
  }
}
