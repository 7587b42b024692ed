package org.depder.ui.server;

import org.depder.app.remote.RemoteException;

/** The translated text key for each way talking to the server can fail. */
public final class RemoteTexts {
  private RemoteTexts() {}

  /** The message key for a failure: every {@link RemoteException.Problem} has one. */
  public static String problemKey(Throwable error) {
    RemoteException.Problem problem =
        error instanceof RemoteException e
            ? e.problem()
            : RemoteException.Problem.VAULT_UNAVAILABLE;
    return switch (problem) {
      case BAD_ADDRESS -> "remote.problem.badAddress";
      case UNREACHABLE -> "remote.problem.unreachable";
      case CERTIFICATE_CHANGED -> "remote.problem.certificateChanged";
      case FINGERPRINT_MISMATCH -> "remote.problem.fingerprintMismatch";
      case BAD_CODE -> "remote.problem.badCode";
      case CODE_UNKNOWN -> "remote.problem.codeUnknown";
      case CODE_USED -> "remote.problem.codeUsed";
      case CODE_EXPIRED -> "remote.problem.codeExpired";
      case ALREADY_ENROLLED -> "remote.problem.alreadyEnrolled";
      case TOO_MANY_ATTEMPTS -> "remote.problem.tooManyAttempts";
      case CLOCK_WRONG -> "remote.problem.clockWrong";
      case DEVICE_REVOKED -> "remote.problem.deviceRevoked";
      case DEVICE_UNKNOWN -> "remote.problem.deviceUnknown";
      case SERVER_UNAVAILABLE -> "remote.problem.serverUnavailable";
      case PROTOCOL -> "remote.problem.protocol";
      case NOT_ENROLLED -> "remote.problem.notEnrolled";
      case VAULT_UNAVAILABLE -> "remote.problem.vaultUnavailable";
      case BUNDLE_REJECTED -> "remote.problem.bundleRejected";
      case RECEIPT_REQUIRED -> "remote.problem.receiptRequired";
      case REFERENCE_UNKNOWN -> "remote.problem.referenceUnknown";
    };
  }
}
