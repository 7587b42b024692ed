package org.depder.server.core;

import java.util.Objects;

/**
 * A refusal or failure with a stable {@link ErrorCode}. The message names the code and, at most,
 * ids: never a code a user typed, a key, or anything a request carried.
 */
public class ServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public ServerException(ErrorCode code) {
    this(code, code.wire(), null);
  }

  public ServerException(ErrorCode code, String safeDetail) {
    this(code, safeDetail, null);
  }

  public ServerException(ErrorCode code, String safeDetail, Throwable cause) {
    super(code.wire() + ": " + Objects.requireNonNull(safeDetail, "safeDetail"), cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
