package org.depder.sync.canonical;

/** Input that is not JSON, or JSON that RFC 8785 (I-JSON) cannot represent. */
public final class CanonicalJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CanonicalJsonException(String message) {
    super(message);
  }

  public CanonicalJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
