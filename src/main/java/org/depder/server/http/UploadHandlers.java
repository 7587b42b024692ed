package org.depder.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.depder.server.auth.DeviceAuthentication;
import org.depder.server.core.Device;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.ingest.Ingest;
import org.depder.server.ingest.PushResult;
import org.depder.server.ingest.UploadService;
import org.depder.server.ingest.UploadStatus;
import org.depder.server.limits.DeviceLimiter;

/**
 * The resumable push (docs/sync-api.md): {@code POST /v1/uploads}, {@code GET /v1/uploads/{id}},
 * {@code PUT /v1/uploads/{id}/chunks/{n}}, {@code POST /v1/uploads/{id}/complete}. Every request is
 * signed by the device; each chunk also carries its own SHA-256 in {@code Depder-Chunk-Sha256}.
 */
final class UploadHandlers {
  static final String CHUNK_SHA256 = "Depder-Chunk-Sha256";
  static final int FORMAT = 1;

  private final DeviceAuthentication authentication;
  private final UploadService uploads;
  private final Ingest ingest;
  private final DeviceLimiter limiter;

  UploadHandlers(
      DeviceAuthentication authentication,
      UploadService uploads,
      Ingest ingest,
      DeviceLimiter limiter) {
    this.authentication = authentication;
    this.uploads = uploads;
    this.ingest = ingest;
    this.limiter = limiter;
  }

  void begin(Context ctx) {
    byte[] raw = bodyWithin(ctx, 4096);
    Device device = authentication.authenticate(SignedRequests.from(ctx, raw));
    limiter.request(device.id());
    JsonNode body = Json.parseObject(raw);
    if (body.path("format").asInt(-1) != FORMAT) {
      throw new ServerException(ErrorCode.UNSUPPORTED_FORMAT, "upload format");
    }
    JsonNode size = body.get("size");
    if (size == null || !size.canConvertToLong()) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "size must be a number");
    }
    UploadStatus status = uploads.begin(device, size.asLong(), Json.text(body, "sha256"));
    write(ctx.status(status.received().isEmpty() ? 201 : 200), status);
  }

  void status(Context ctx) {
    Device device = authentication.authenticate(SignedRequests.from(ctx, new byte[0]));
    write(ctx.status(200), uploads.status(device, ctx.pathParam("id")));
  }

  void chunk(Context ctx) {
    byte[] data = bodyWithin(ctx, uploads.chunkBytes());
    Device device = authentication.authenticate(SignedRequests.from(ctx, data));
    limiter.request(device.id());
    limiter.bytes(device.id(), data.length);
    int index;
    try {
      index = Integer.parseInt(ctx.pathParam("n"));
    } catch (NumberFormatException e) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "chunk number");
    }
    String declared = ctx.header(CHUNK_SHA256);
    if (declared == null) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "chunk hash header missing");
    }
    write(ctx.status(200), uploads.putChunk(device, ctx.pathParam("id"), index, data, declared));
  }

  void complete(Context ctx) {
    Device device = authentication.authenticate(SignedRequests.from(ctx, new byte[0]));
    limiter.request(device.id());
    String id = ctx.pathParam("id");
    byte[] bundle = uploads.assemble(device, id);
    PushResult result = ingest.push(bundle);
    // Applied, held or refused, the content is settled: a retry of complete would find no upload,
    // and re-sending the bundle gets the same receipt from the ledger.
    uploads.discard(device, id);
    PushResponses.write(ctx, result);
  }

  private static byte[] bodyWithin(Context ctx, int max) {
    if (ctx.contentLength() > max) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > max) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    return body;
  }

  private static void write(Context ctx, UploadStatus status) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("uploadId", status.uploadId());
    body.put("chunkBytes", status.chunkBytes());
    body.put("chunkCount", status.chunkCount());
    ArrayNode received = body.putArray("received");
    status.received().forEach(received::add);
    body.put("complete", status.complete());
    Json.write(ctx, body);
  }
}
