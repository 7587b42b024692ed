package org.depder.crypto;

/** Parameters (for example KDF costs read from a file) are outside the accepted bounds. */
public final class InvalidParametersException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public InvalidParametersException(String message) {
    super(message);
  }
}
