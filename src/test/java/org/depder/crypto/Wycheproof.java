package org.depder.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Loads a Wycheproof {@code testvectors_v1} file from the test classpath. */
final class Wycheproof {
  private static final String ROOT = "/testvectors/wycheproof/";

  private Wycheproof() {}

  /** One test case together with the group holding its key material and sizes. */
  record Vector(JsonNode group, JsonNode test) {
    int tcId() {
      return test.get("tcId").asInt();
    }

    String result() {
      return test.get("result").asText();
    }

    boolean isValid() {
      return result().equals("valid");
    }

    boolean isInvalid() {
      return result().equals("invalid");
    }

    boolean isAcceptable() {
      return result().equals("acceptable");
    }

    boolean hasFlag(String flag) {
      for (JsonNode f : test.get("flags")) {
        if (f.asText().equals(flag)) {
          return true;
        }
      }
      return false;
    }

    byte[] hex(String field) {
      return HexFormat.of().parseHex(test.get(field).asText());
    }

    int intField(String field) {
      return test.get(field).asInt();
    }

    int groupInt(String field) {
      return group.get(field).asInt();
    }

    JsonNode groupNode(String field) {
      return group.get(field);
    }

    @Override
    public String toString() {
      return "tcId " + tcId() + " (" + test.get("comment").asText() + ", " + result() + ")";
    }
  }

  static List<Vector> load(String fileName) {
    try (InputStream in = Wycheproof.class.getResourceAsStream(ROOT + fileName)) {
      if (in == null) {
        throw new IllegalStateException("missing test vector file " + fileName);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Vector> vectors = new ArrayList<>();
      for (JsonNode group : root.get("testGroups")) {
        for (JsonNode test : group.get("tests")) {
          vectors.add(new Vector(group, test));
        }
      }
      if (vectors.size() != root.get("numberOfTests").asInt()) {
        throw new IllegalStateException("file declares another number of tests: " + fileName);
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
