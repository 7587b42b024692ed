package org.depder.server.ingest;

import org.depder.server.core.ServerException;

/** A pushed bundle that was refused; {@link #reason()} is the bundle layer's stable code. */
public final class BundleRefusedException extends ServerException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public BundleRefusedException(PushResult.Refused refused) {
    super(refused.code(), "bundle refused: " + refused.reason());
    this.reason = refused.reason();
  }

  public String reason() {
    return reason;
  }
}
