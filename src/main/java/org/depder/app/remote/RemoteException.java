package org.depder.app.remote;

/**
 * Talking to the central server failed. Carries a code only, never personal data or anything the
 * server sent; the screen translates {@code remote.problem.<code in lower case>}, which says what
 * happened and what to do.
 */
public final class RemoteException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in terms the user can act on. */
  public enum Problem {
    /** The address is not a server address (https://host[:port], http only on this machine). */
    BAD_ADDRESS,
    /** No answer: no network, wrong address, or the server is down. */
    UNREACHABLE,
    /** The server's certificate is not the pinned one: possibly someone in between. */
    CERTIFICATE_CHANGED,
    /** The server confirmed a different certificate than the one this laptop connected to. */
    FINGERPRINT_MISMATCH,
    /** The typed text cannot be an enrolment code (20 symbols). */
    BAD_CODE,
    CODE_UNKNOWN,
    CODE_USED,
    CODE_EXPIRED,
    ALREADY_ENROLLED,
    TOO_MANY_ATTEMPTS,
    /** The laptop's clock is more than five minutes off. */
    CLOCK_WRONG,
    /** The server revoked this device; local data must be wiped. */
    DEVICE_REVOKED,
    /** The server does not know this device (enrol again). */
    DEVICE_UNKNOWN,
    /** The server failed or its database is unavailable; try later. */
    SERVER_UNAVAILABLE,
    /** The server answered something this version does not understand (update the client). */
    PROTOCOL,
    /** This laptop is not enrolled with a server yet. */
    NOT_ENROLLED,
    /** The vault is locked or failed. */
    VAULT_UNAVAILABLE,
    /** The server waits for this device's receipt of its last bundle before it sends more. */
    RECEIPT_REQUIRED,
    /** The server refused a bundle as a whole; {@link #reason()} has the bundle layer's code. */
    BUNDLE_REJECTED,
    /** The server has not published reference data of the kind asked for. */
    REFERENCE_UNKNOWN
  }

  private final Problem problem;
  private final String reason;

  public RemoteException(Problem problem, Throwable cause) {
    super(problem.name(), cause);
    this.problem = problem;
    this.reason = "";
  }

  /** A refused bundle; {@code reason} is an upper-case code such as {@code CHAIN_MISMATCH}. */
  static RemoteException bundleRejected(String reason) {
    return new RemoteException(reason.matches("[A-Z_]{1,40}") ? reason : "UNKNOWN");
  }

  private RemoteException(String reason) {
    super(Problem.BUNDLE_REJECTED.name() + " " + reason);
    this.problem = Problem.BUNDLE_REJECTED;
    this.reason = reason;
  }

  public RemoteException(Problem problem) {
    this(problem, null);
  }

  public Problem problem() {
    return problem;
  }

  /** The bundle layer's reason code for {@code BUNDLE_REJECTED}; empty otherwise. */
  public String reason() {
    return reason;
  }

  /** The problem that a server error {@code code} (docs/sync-api.md, "Errors") means here. */
  static Problem fromServerCode(String code) {
    return switch (code) {
      case "enrol_code_unknown" -> Problem.CODE_UNKNOWN;
      case "enrol_code_used" -> Problem.CODE_USED;
      case "enrol_code_expired" -> Problem.CODE_EXPIRED;
      case "device_already_enrolled" -> Problem.ALREADY_ENROLLED;
      case "too_many_attempts" -> Problem.TOO_MANY_ATTEMPTS;
      case "request_expired" -> Problem.CLOCK_WRONG;
      case "device_revoked" -> Problem.DEVICE_REVOKED;
      case "device_unknown" -> Problem.DEVICE_UNKNOWN;
      case "storage_unavailable", "internal_error", "rate_limited" -> Problem.SERVER_UNAVAILABLE;
      case "receipt_required" -> Problem.RECEIPT_REQUIRED;
      case "reference_unknown" -> Problem.REFERENCE_UNKNOWN;
      default -> Problem.PROTOCOL;
    };
  }
}
