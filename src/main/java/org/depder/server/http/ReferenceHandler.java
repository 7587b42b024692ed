package org.depder.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.depder.server.auth.DeviceAuthentication;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.reference.ReferenceLookup;

/**
 * {@code GET /v1/reference/{kind}} (signed request): the latest server-signed document of that
 * kind, exactly as published; the laptop verifies its signature with the pinned server key.
 */
final class ReferenceHandler implements Handler {
  private final DeviceAuthentication authentication;
  private final ReferenceLookup lookup;

  ReferenceHandler(DeviceAuthentication authentication, ReferenceLookup lookup) {
    this.authentication = authentication;
    this.lookup = lookup;
  }

  @Override
  public void handle(Context ctx) {
    authentication.authenticate(SignedRequests.from(ctx, new byte[0]));
    String kind = ctx.pathParam("kind");
    if (!kind.matches("[a-z][a-z0-9_-]{0,63}")) {
      throw new ServerException(ErrorCode.REFERENCE_UNKNOWN);
    }
    byte[] document =
        lookup.latest(kind).orElseThrow(() -> new ServerException(ErrorCode.REFERENCE_UNKNOWN));
    ctx.status(200).contentType("application/json").result(document);
  }
}
