package org.depder.server.enrol;

import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;

/** A source that failed too often; {@link #retryAfterSeconds()} says when it may try again. */
public final class TooManyAttemptsException extends ServerException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyAttemptsException(long retryAfterSeconds) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, "retry after " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
