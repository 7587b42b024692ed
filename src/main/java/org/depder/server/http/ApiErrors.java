package org.depder.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.depder.server.core.ErrorCode;

/**
 * Maps error codes to HTTP statuses and writes the one error body of the API: {@code {"error":
 * {"code": "...", "message": "..."}}}. Clients branch on {@code code}; {@code message} is a fixed
 * English hint for administrators reading logs, never built from the request.
 */
final class ApiErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrors() {}

  static int status(ErrorCode code) {
    return switch (code) {
      case BAD_REQUEST, UNSUPPORTED_FORMAT, BAD_PROOF, BAD_KEY, BAD_ROLE, BAD_CURSOR -> 400;
      case DEVICE_UNKNOWN, BAD_SIGNATURE, REQUEST_EXPIRED -> 401;
      case CODE_UNKNOWN, DEVICE_REVOKED -> 403;
      case NOT_FOUND, UPLOAD_UNKNOWN, ENTITY_UNKNOWN, REFERENCE_UNKNOWN, USER_UNKNOWN -> 404;
      case CODE_USED,
          DEVICE_ALREADY_ENROLLED,
          CHUNK_MISMATCH,
          UPLOAD_INCOMPLETE,
          RECEIPT_REQUIRED,
          RECEIPT_MISMATCH,
          USER_EXISTS ->
          409;
      case CODE_EXPIRED -> 410;
      case PAYLOAD_TOO_LARGE -> 413;
      case UPLOAD_HASH_MISMATCH, BUNDLE_REJECTED, RECEIPT_REJECTED -> 422;
      case TOO_MANY_ATTEMPTS, RATE_LIMITED -> 429;
      case STORAGE -> 503;
      case KEY_FILE, INTERNAL, DATABASE_TOO_NEW -> 500;
    };
  }

  static String message(ErrorCode code) {
    return switch (code) {
      case BAD_REQUEST -> "The request is malformed.";
      case PAYLOAD_TOO_LARGE -> "The request body is too large.";
      case UNSUPPORTED_FORMAT -> "The request's format version is not supported.";
      case CODE_UNKNOWN -> "The enrolment code is not known to this server.";
      case CODE_USED -> "The enrolment code has already been used.";
      case CODE_EXPIRED -> "The enrolment code has expired.";
      case BAD_PROOF -> "The proof of key possession does not verify.";
      case BAD_KEY -> "A public key is malformed.";
      case DEVICE_ALREADY_ENROLLED -> "This device is already enrolled.";
      case TOO_MANY_ATTEMPTS -> "Too many failed attempts from this address; try again later.";
      case DEVICE_UNKNOWN -> "The device is not enrolled.";
      case DEVICE_REVOKED -> "The device has been revoked; it must wipe its data.";
      case BAD_SIGNATURE -> "The request signature is missing or does not verify.";
      case REQUEST_EXPIRED -> "The request's timestamp is too far from the server's clock.";
      case BAD_ROLE -> "The role is not known.";
      case UPLOAD_UNKNOWN -> "No such upload for this device (finished or never begun).";
      case CHUNK_MISMATCH ->
          "The chunk differs from the one already received, or its hash or size is wrong.";
      case UPLOAD_INCOMPLETE -> "Chunks are still missing; see the upload's status.";
      case UPLOAD_HASH_MISMATCH ->
          "The assembled upload does not have the announced SHA-256; it was discarded.";
      case BUNDLE_REJECTED -> "The bundle was refused; see reason.";
      case NOT_FOUND -> "No such resource.";
      case KEY_FILE, INTERNAL, DATABASE_TOO_NEW -> "The server failed; see its log.";
      case STORAGE -> "The server's database is unavailable; try again later.";
      case BAD_CURSOR -> "The cursor is beyond the device's stream.";
      case RECEIPT_REQUIRED -> "Send the receipt for the last bundle before pulling the next.";
      case RECEIPT_MISMATCH -> "The receipt names no bundle sent to this device.";
      case RECEIPT_REJECTED -> "The receipt was refused; see reason.";
      case ENTITY_UNKNOWN -> "No such entity on this server.";
      case REFERENCE_UNKNOWN -> "No reference data of this kind has been published.";
      case RATE_LIMITED -> "Too many requests from this device; try again later.";
      case USER_EXISTS -> "A user with this login exists.";
      case USER_UNKNOWN -> "No such user.";
    };
  }

  static void write(Context ctx, ErrorCode code) {
    write(ctx, code, null);
  }

  /** With {@code reason}: the bundle layer's code for a refused bundle (e.g. BAD_SIGNATURE). */
  static void write(Context ctx, ErrorCode code, String reason) {
    ObjectNode error = JSON.createObjectNode();
    error.put("code", code.wire());
    error.put("message", message(code));
    if (code == ErrorCode.DEVICE_REVOKED) {
      error.put("wipe", true);
    }
    if (reason != null) {
      error.put("reason", reason);
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("error", error);
    ctx.status(status(code));
    Json.write(ctx, body);
  }

  /** The code for a status Javalin or Jetty produced before our handler ran. */
  static ErrorCode forStatus(int status) {
    return switch (status) {
      case 404, 405 -> ErrorCode.NOT_FOUND;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
    };
  }
}
