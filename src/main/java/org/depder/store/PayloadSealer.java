package org.depder.store;

/**
 * Authenticated encryption of record payloads under the vault key. The store depends only on this
 * interface so that the key hierarchy ({@code crypto}) can be wired in by the composition root.
 *
 * <p>Implementations must use a fresh nonce for every {@link #seal} call and must include in their
 * output whatever they need to open it again (algorithm id, nonce, key id). The associated data is
 * authenticated but not stored: {@link #open} must fail unless it is given exactly the bytes that
 * were given to {@link #seal}.
 */
public interface PayloadSealer {
  /** Encrypts and authenticates {@code plaintext}, binding it to {@code associatedData}. */
  byte[] seal(byte[] plaintext, byte[] associatedData);

  /**
   * Authenticates and decrypts {@code sealed}.
   *
   * @throws PayloadAuthenticationException if the bytes were altered, sealed under another key, or
   *     sealed with different associated data
   */
  byte[] open(byte[] sealed, byte[] associatedData) throws PayloadAuthenticationException;
}
