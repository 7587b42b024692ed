package org.depder.sync.revision;

import java.util.Objects;
import java.util.UUID;

/** A signed revision that did not verify; carries the reason and the revision id only. */
public final class RevisionVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final VerificationFailure reason;
  private final UUID revisionId;

  public RevisionVerificationException(VerificationFailure reason, UUID revisionId) {
    super("revision " + revisionId + " refused: " + reason);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.revisionId = revisionId;
  }

  public VerificationFailure reason() {
    return reason;
  }

  public UUID revisionId() {
    return revisionId;
  }
}
