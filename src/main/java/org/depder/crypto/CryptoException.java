package org.depder.crypto;

/**
 * Base of every failure raised by {@code org.depder.crypto}.
 *
 * <p>Messages are fixed, human-readable reasons. They never contain key bytes, plaintext, passwords
 * or derived values, so callers may log them.
 */
public class CryptoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
