package org.depder.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.ingest.Ingest;

/**
 * {@code POST /v1/bundles}: the body is one whole signed bundle (docs/bundle-format.md). The bundle
 * authenticates itself (its manifest is signed by the sending device), so the request needs no
 * signature of its own. Large bundles over poor links go through {@code /v1/uploads} instead.
 */
final class BundleHandler implements Handler {
  private final Ingest ingest;
  private final long maxBundleBytes;

  BundleHandler(Ingest ingest, long maxBundleBytes) {
    this.ingest = ingest;
    this.maxBundleBytes = maxBundleBytes;
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.contentLength() > maxBundleBytes) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    byte[] bundle = ctx.bodyAsBytes();
    if (bundle.length > maxBundleBytes || bundle.length == 0) {
      throw new ServerException(
          bundle.length == 0 ? ErrorCode.BAD_REQUEST : ErrorCode.PAYLOAD_TOO_LARGE);
    }
    PushResponses.write(ctx, ingest.push(bundle));
  }
}
