package org.depder.domain.cases;

/** A case rule refused an action; carries a code for the UI to translate, never personal data. */
public final class CaseRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the action was refused. */
  public enum Code {
    SCREENING_OUTCOME_BELOW_RISK,
    CASE_CLOSED,
    TRANSFER_WITHOUT_TARGET,
    HAND_OVER_WITHOUT_RECEIVER,
    NOT_THE_RECEIVER,
    TASK_NOT_OPEN,
    CONSENT_NOT_GIVEN,
    CONSENT_ALREADY_WITHDRAWN,
    REASON_REQUIRED,
    INVALID_SCHEDULE,
    INVALID_AMOUNT
  }

  private final Code code;

  public CaseRuleException(Code code) {
    super(code.name());
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
