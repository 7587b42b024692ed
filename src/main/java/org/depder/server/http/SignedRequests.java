package org.depder.server.http;

import io.javalin.http.Context;
import org.depder.server.auth.SignedRequest;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;
import org.depder.sync.revision.DeviceId;

/** Reads the {@code Depder-*} authentication headers of a request into a {@link SignedRequest}. */
final class SignedRequests {
  static final String DEVICE = "Depder-Device";
  static final String TIMESTAMP = "Depder-Timestamp";
  static final String NONCE = "Depder-Nonce";
  static final String SIGNATURE = "Depder-Signature";

  private SignedRequests() {}

  static SignedRequest from(Context ctx, byte[] body) {
    String device = ctx.header(DEVICE);
    String timestamp = ctx.header(TIMESTAMP);
    String nonce = ctx.header(NONCE);
    String signature = ctx.header(SIGNATURE);
    if (device == null || timestamp == null || nonce == null || signature == null) {
      throw new ServerException(ErrorCode.BAD_SIGNATURE, "authentication headers missing");
    }
    try {
      String query = ctx.queryString();
      return new SignedRequest(
          new DeviceId(device),
          Long.parseLong(timestamp),
          nonce,
          PublicKeys.decode(signature),
          ctx.method().name(),
          query == null ? ctx.path() : ctx.path() + "?" + query,
          body);
    } catch (IllegalArgumentException | ServerException e) {
      throw new ServerException(ErrorCode.BAD_SIGNATURE, "authentication headers malformed");
    }
  }
}
