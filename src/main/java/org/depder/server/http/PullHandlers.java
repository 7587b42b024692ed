package org.depder.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.depder.server.auth.DeviceAuthentication;
import org.depder.server.core.Device;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.distribution.Pull;
import org.depder.server.distribution.PullResult;
import org.depder.server.distribution.ReceiptRecorded;
import org.depder.server.distribution.Receipts;
import org.depder.server.limits.DeviceLimiter;

/**
 * {@code GET /v1/bundles?after=N} (signed request): the next bundle of the server's stream to the
 * device, or 204 when there is nothing new; {@code POST /v1/receipts}: the device's signed receipt
 * for a bundle it applied. The receipt signs itself, like a pushed bundle.
 */
final class PullHandlers {
  static final String SEQ_HEADER = "Depder-Seq";
  private static final int MAX_RECEIPT_BYTES = 4 * 1024 * 1024;

  private final DeviceAuthentication authentication;
  private final Pull pull;
  private final Receipts receipts;
  private final DeviceLimiter limiter;

  PullHandlers(
      DeviceAuthentication authentication, Pull pull, Receipts receipts, DeviceLimiter limiter) {
    this.authentication = authentication;
    this.pull = pull;
    this.receipts = receipts;
    this.limiter = limiter;
  }

  void pull(Context ctx) {
    Device device = authentication.authenticate(SignedRequests.from(ctx, new byte[0]));
    long after = cursor(ctx.queryParam("after"));
    limiter.request(device.id());
    PullResult result = pull.pull(device.id(), after);
    if (result instanceof PullResult.Bundle bundle) {
      byte[] bytes = bundle.bytes();
      limiter.bytes(device.id(), bytes.length);
      ctx.header(SEQ_HEADER, Long.toString(bundle.seq()));
      ctx.status(200).contentType("application/json").result(bytes);
    } else {
      ctx.header(SEQ_HEADER, Long.toString(((PullResult.UpToDate) result).lastSeq()));
      ctx.status(204);
    }
  }

  void receipt(Context ctx) {
    if (ctx.contentLength() > MAX_RECEIPT_BYTES) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0 || body.length > MAX_RECEIPT_BYTES) {
      throw new ServerException(
          body.length == 0 ? ErrorCode.BAD_REQUEST : ErrorCode.PAYLOAD_TOO_LARGE);
    }
    ReceiptRecorded recorded = receipts.receive(body);
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("status", "recorded");
    answer.put("seq", recorded.seq());
    ctx.status(200);
    Json.write(ctx, answer);
  }

  /** {@code after}: a decimal seq, 0 for a device that has applied nothing yet. */
  static long cursor(String after) {
    if (after == null) {
      return 0;
    }
    if (!after.matches("[0-9]{1,16}")) {
      throw new ServerException(ErrorCode.BAD_CURSOR, "cursor is not a number");
    }
    return Long.parseLong(after);
  }
}
