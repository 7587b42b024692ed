package org.depder.app.screening;

/** The store could not read or write a screening (a locked vault, a full disk, a broken file). */
public class ScreeningStoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public ScreeningStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public ScreeningStoreException(String message) {
    super(message);
  }
}
