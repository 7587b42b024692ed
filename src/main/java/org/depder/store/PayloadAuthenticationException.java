package org.depder.store;

/**
 * A sealed payload did not authenticate: it was altered, moved to another row or revision, or
 * sealed under a different key. The message never contains payload bytes.
 */
public class PayloadAuthenticationException extends Exception {
  public PayloadAuthenticationException(String message) {
    super(message);
  }

  public PayloadAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
