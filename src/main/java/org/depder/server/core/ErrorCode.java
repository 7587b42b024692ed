package org.depder.server.core;

/**
 * Why a server operation was refused. The wire code is part of the sync API (docs/sync-api.md):
 * clients branch on it, so a code never changes meaning once published.
 */
public enum ErrorCode {
  BAD_REQUEST("bad_request"),
  PAYLOAD_TOO_LARGE("payload_too_large"),
  UNSUPPORTED_FORMAT("unsupported_format"),
  CODE_UNKNOWN("enrol_code_unknown"),
  CODE_USED("enrol_code_used"),
  CODE_EXPIRED("enrol_code_expired"),
  BAD_PROOF("enrol_bad_proof"),
  BAD_KEY("bad_key"),
  DEVICE_ALREADY_ENROLLED("device_already_enrolled"),
  TOO_MANY_ATTEMPTS("too_many_attempts"),
  DEVICE_UNKNOWN("device_unknown"),
  DEVICE_REVOKED("device_revoked"),
  BAD_SIGNATURE("bad_signature"),
  REQUEST_EXPIRED("request_expired"),
  UPLOAD_UNKNOWN("upload_unknown"),
  CHUNK_MISMATCH("chunk_mismatch"),
  UPLOAD_INCOMPLETE("upload_incomplete"),
  UPLOAD_HASH_MISMATCH("upload_hash_mismatch"),
  BUNDLE_REJECTED("bundle_rejected"),
  BAD_ROLE("bad_role"),
  NOT_FOUND("not_found"),
  KEY_FILE("server_key_file"),
  STORAGE("storage_unavailable"),
  INTERNAL("internal_error"),
  BAD_CURSOR("bad_cursor"),
  RECEIPT_REQUIRED("receipt_required"),
  RECEIPT_MISMATCH("receipt_mismatch"),
  RECEIPT_REJECTED("receipt_rejected"),
  ENTITY_UNKNOWN("entity_unknown"),
  REFERENCE_UNKNOWN("reference_unknown"),
  RATE_LIMITED("rate_limited"),
  USER_EXISTS("user_exists"),
  USER_UNKNOWN("user_unknown"),
  DATABASE_TOO_NEW("database_newer_than_server");

  private final String wire;

  ErrorCode(String wire) {
    this.wire = wire;
  }

  /** The stable lower-case code sent in error bodies. */
  public String wire() {
    return wire;
  }
}
