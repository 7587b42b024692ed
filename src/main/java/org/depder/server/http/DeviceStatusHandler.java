package org.depder.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.depder.server.auth.DeviceAuthentication;
import org.depder.server.core.Device;

/**
 * {@code GET /v1/device}: an authenticated device asks how the server sees it. Active → its role
 * and post; revoked → {@code 403 device_revoked} with {@code "wipe": true}, the signal to purge.
 */
final class DeviceStatusHandler implements Handler {
  private final DeviceAuthentication authentication;

  DeviceStatusHandler(DeviceAuthentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public void handle(Context ctx) {
    Device device = authentication.authenticate(SignedRequests.from(ctx, new byte[0]));
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("deviceId", device.id().value());
    body.put("status", device.status().code());
    body.put("role", device.role().code());
    body.put("post", device.post());
    ctx.status(200);
    Json.write(ctx, body);
  }
}
