package org.depder.sync.revision;

import java.util.Arrays;
import java.util.Objects;

/**
 * A revision with the Ed25519 signature of its authoring device over the RFC 8785 canonical bytes
 * of the revision's JSON form (see {@code RevisionJson}).
 */
public record SignedRevision(Revision revision, byte[] signature) {
  public SignedRevision {
    Objects.requireNonNull(revision, "revision");
    signature = Objects.requireNonNull(signature, "signature").clone();
    if (signature.length != 64) {
      throw new IllegalArgumentException("an Ed25519 signature has 64 bytes");
    }
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedRevision other
        && revision.equals(other.revision)
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return 31 * revision.hashCode() + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "SignedRevision[" + revision.revisionId() + "]";
  }
}
