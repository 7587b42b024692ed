package org.depder.app.replication;

/**
 * A replication step failed before anything was changed. Carries a code only, never personal data;
 * the screen translates {@code sync.problem.<code in lower case>}.
 */
public final class ReplicationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in terms the user can act on. */
  public enum Problem {
    VAULT_LOCKED,
    NOT_ENROLLED,
    FILE_UNREADABLE,
    FILE_TOO_LARGE,
    WRITE_FAILED,
    VERIFY_AFTER_WRITE_FAILED,
    NOT_FOUND,
    NOT_EDITABLE,
    STORE_FAILED
  }

  private final Problem problem;

  public ReplicationException(Problem problem, Throwable cause) {
    super(problem.name(), cause);
    this.problem = problem;
  }

  public ReplicationException(Problem problem) {
    this(problem, null);
  }

  public Problem problem() {
    return problem;
  }
}
