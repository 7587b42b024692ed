package org.depder.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;
import org.depder.server.enrol.EnrolRequest;
import org.depder.server.enrol.Enrolment;
import org.depder.server.enrol.EnrolmentGrant;

/**
 * {@code POST /v1/enrol} (docs/sync-api.md): parses the request, calls {@link Enrolment}, and
 * answers with the device's id and the server's keys and certificate fingerprint. Refusals are
 * thrown and turned into error bodies by {@link ApiServer}.
 */
final class EnrolHandler implements Handler {
  static final int FORMAT = 1;
  static final int MAX_BODY = 4096;

  private final Enrolment enrolment;

  EnrolHandler(Enrolment enrolment) {
    this.enrolment = enrolment;
  }

  @Override
  public void handle(Context ctx) {
    JsonNode body = Json.readObject(ctx, MAX_BODY);
    if (body.path("format").asInt(-1) != FORMAT) {
      throw new ServerException(ErrorCode.UNSUPPORTED_FORMAT, "enrol format");
    }
    EnrolRequest request =
        new EnrolRequest(
            Json.text(body, "code"),
            new PublicKeys(
                PublicKeys.decode(Json.text(body, "signingKey")),
                PublicKeys.decode(Json.text(body, "agreementKey"))),
            decodeProof(Json.text(body, "proof")));
    EnrolmentGrant grant = enrolment.enrol(request, ctx.ip());
    ctx.status(201);
    Json.write(ctx, response(grant));
  }

  private static byte[] decodeProof(String text) {
    try {
      return PublicKeys.decode(text);
    } catch (ServerException e) {
      throw new ServerException(ErrorCode.BAD_PROOF, "proof is not base64url");
    }
  }

  static ObjectNode response(EnrolmentGrant grant) {
    ObjectNode server = Json.MAPPER.createObjectNode();
    server.put("serverId", grant.server().id().value());
    server.put("signingKey", PublicKeys.encode(grant.server().keys().signing()));
    server.put("agreementKey", PublicKeys.encode(grant.server().keys().agreement()));
    server.put("tlsCertificateSha256", grant.server().tlsCertificateSha256());
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("format", FORMAT);
    body.put("deviceId", grant.deviceId().value());
    body.put("role", grant.role().code());
    body.put("post", grant.post());
    body.put("enrolledAt", grant.enrolledAt().toString());
    body.set("server", server);
    return body;
  }
}
