package org.depder.app.cases;

/** A case action the app refused before reaching the domain rules; carries a code only. */
public final class CaseServiceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Code {
    NOT_FOUND,
    SCREENING_NOT_FOUND,
    SCREENING_NOT_FINALISED,
    SCREENING_WITHOUT_OUTCOME,
    STORE_FAILED,
    /** The signed-in user's role may not do this to a case ({@link CaseAccess}). */
    ROLE_NOT_ALLOWED,
    /** A best-interests decision is for a child's case only. */
    NOT_A_CHILD
  }

  private final Code code;

  public CaseServiceException(Code code) {
    this(code, null);
  }

  public CaseServiceException(Code code, Throwable cause) {
    super(code.name(), cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
