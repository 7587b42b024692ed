package org.depder.store;

/**
 * Reading or writing an open vault failed (disk full, I/O error). Unchecked: callers cannot repair
 * it and show a generic storage error. Messages carry no personal data because every value reaches
 * SQLite as a bound parameter, never inside the SQL text.
 */
public class VaultAccessException extends RuntimeException {
  public VaultAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
