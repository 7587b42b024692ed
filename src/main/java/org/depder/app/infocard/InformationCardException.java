package org.depder.app.infocard;

/**
 * The card could not be made or written. The message names the step (reference data, rendering,
 * file) and never a path or a value, so it can be logged.
 */
public final class InformationCardException extends Exception {
  public InformationCardException(String message, Throwable cause) {
    super(message, cause);
  }
}
