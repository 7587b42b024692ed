package org.depder.app.vault;

/**
 * A vault operation that failed for a reason the user must be told. {@code reasonKey} is a UI
 * message key (e.g. {@code vault.error.corrupted}); the message never contains personal data or
 * secrets.
 */
public class VaultException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String reasonKey;

  public VaultException(String reasonKey, String message) {
    super(message);
    this.reasonKey = reasonKey;
  }

  public VaultException(String reasonKey, String message, Throwable cause) {
    super(message, cause);
    this.reasonKey = reasonKey;
  }

  public String reasonKey() {
    return reasonKey;
  }
}
