package org.depder.crypto;

/**
 * A key cannot be used: wrong length, already destroyed, exhausted, an invalid public point, or an
 * agreement that produced the all-zero shared secret.
 */
public final class KeyMaterialException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public KeyMaterialException(String message) {
    super(message);
  }
}
