package org.depder.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.depder.server.core.ServerException;
import org.depder.server.enrol.ServerIdentity;

/**
 * {@code GET /v1/health}: 200 when this node can reach its database, 503 otherwise. Load balancers
 * use it to take a node out of rotation; it reveals nothing but the server id and the API version.
 */
final class HealthHandler implements Handler {
  private final Runnable databaseCheck;
  private final ServerIdentity server;

  HealthHandler(Runnable databaseCheck, ServerIdentity server) {
    this.databaseCheck = databaseCheck;
    this.server = server;
  }

  @Override
  public void handle(Context ctx) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("api", ApiServer.API_VERSION);
    body.put("serverId", server.id().value());
    try {
      databaseCheck.run();
      body.put("status", "ok");
      ctx.status(200);
    } catch (ServerException e) {
      body.put("status", "unavailable");
      ctx.status(503);
    }
    Json.write(ctx, body);
  }
}
