package org.depder.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;

/** JSON in and out of handlers, with the limits and strictness the API promises. */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private Json() {}

  /** The body as a JSON object, refusing bodies above {@code maxBytes} before reading them. */
  static JsonNode readObject(Context ctx, int maxBytes) {
    if (ctx.contentLength() > maxBytes) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBytes) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw new ServerException(ErrorCode.BAD_REQUEST, "body is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "body is not JSON");
    } catch (java.io.IOException e) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "body could not be read");
    }
  }

  /** Already-read bytes as a JSON object. */
  static JsonNode parseObject(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw new ServerException(ErrorCode.BAD_REQUEST, "body is not a JSON object");
      }
      return node;
    } catch (java.io.IOException e) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "body is not JSON");
    }
  }

  static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual()) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "field " + field + " must be a string");
    }
    return value.textValue();
  }

  static void write(Context ctx, JsonNode body) {
    try {
      ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
