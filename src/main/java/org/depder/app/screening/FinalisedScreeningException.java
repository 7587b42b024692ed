package org.depder.app.screening;

/**
 * A finalised screening was about to be changed. Finalised records are evidence of what was
 * screened with which rules; a correction is a new revision with a reason.
 */
public class FinalisedScreeningException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public FinalisedScreeningException(String message) {
    super(message);
  }
}
