package org.depder.crypto;

/** A stored or received blob is truncated, has a wrong magic, or an unknown version or id. */
public final class MalformedBlobException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public MalformedBlobException(String message) {
    super(message);
  }
}
