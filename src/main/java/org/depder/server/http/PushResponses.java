package org.depder.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.depder.server.ingest.BundleRefusedException;
import org.depder.server.ingest.PushResult;

/** The one way a push is answered, whether the bundle came whole or by resumable upload. */
final class PushResponses {
  private PushResponses() {}

  static void write(Context ctx, PushResult result) {
    if (result instanceof PushResult.Applied applied) {
      ctx.status(200).contentType("application/json").result(applied.receipt());
    } else if (result instanceof PushResult.Held held) {
      ObjectNode body = Json.MAPPER.createObjectNode();
      body.put("status", "held");
      body.put("missingSeq", held.missingSeq());
      ctx.status(202);
      Json.write(ctx, body);
    } else {
      throw new BundleRefusedException((PushResult.Refused) result);
    }
  }
}
