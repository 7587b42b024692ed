package org.depder.app.referral;

import org.depder.app.cases.ReferralLabels;

/** The letter could not be made or written; the code says which step, never a path or value. */
public final class ReferralLetterException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which step failed. */
  public enum Code {
    SERVICES_UNAVAILABLE,
    UNKNOWN_SERVICE,
    RENDER_FAILED,
    WRITE_FAILED
  }

  private final Code code;

  public ReferralLetterException(Code code, Throwable cause) {
    super(code.name(), cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }

  /** What to tell the user, as an i18n key. */
  public String messageKey() {
    return switch (code) {
      case SERVICES_UNAVAILABLE -> ReferralLabels.ERROR_SERVICES_UNAVAILABLE;
      case UNKNOWN_SERVICE -> ReferralLabels.ERROR_UNKNOWN_SERVICE;
      case RENDER_FAILED, WRITE_FAILED -> ReferralLabels.ERROR_LETTER_NOT_WRITTEN;
    };
  }
}
