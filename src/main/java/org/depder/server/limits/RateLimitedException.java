package org.depder.server.limits;

import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;

/** A device over its request or byte budget; the answer carries Retry-After in seconds. */
public final class RateLimitedException extends ServerException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public RateLimitedException(long retryAfterSeconds) {
    super(ErrorCode.RATE_LIMITED, "device over its rate limit");
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
