package org.depder.crypto;

/**
 * Ciphertext, tag, associated data or wrapped key did not authenticate: wrong key or tampering.
 * Deliberately carries no detail about which part failed.
 */
public final class AuthenticationFailedException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public AuthenticationFailedException(String message) {
    super(message);
  }
}
