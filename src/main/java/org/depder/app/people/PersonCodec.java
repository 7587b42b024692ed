package org.depder.app.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The payload of a {@code person} record: compact JSON {@code {"f":..,"g":..,"p":..,"y":..,"d":..}}
 * with absent values left out (short keys because every byte is stored 100,000 times). It is
 * compressed and sealed by the store; schema version {@value #SCHEMA_VERSION}.
 */
public final class PersonCodec {
  static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PersonCodec() {}

  public static byte[] encode(PersonIdentity person) {
    ObjectNode node = JSON.createObjectNode();
    node.put("f", person.familyName());
    node.put("g", person.givenName());
    person.patronymic().ifPresent(p -> node.put("p", p));
    person.birthYear().ifPresent(y -> node.put("y", y));
    person.documentNumber().ifPresent(d -> node.put("d", d));
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree did not serialise", e);
    }
  }

  public static PersonIdentity decode(byte[] payload) throws IOException {
    JsonNode node = JSON.readTree(payload);
    if (node == null || !node.isObject() || !node.path("f").isTextual()) {
      throw new IOException("not a person payload");
    }
    return new PersonIdentity(
        node.path("f").asText(),
        node.path("g").asText(""),
        text(node, "p"),
        node.path("y").isInt() ? OptionalInt.of(node.path("y").asInt()) : OptionalInt.empty(),
        text(node, "d"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
