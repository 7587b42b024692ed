package org.depder.sync.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

  /** The RFC 8785 reference implementation's test data: output must match byte for byte. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "arrays.json",
        "french.json",
        "structures.json",
        "unicode.json",
        "values.json",
        "weird.json"
      })
  void matchesTheRfc8785ReferenceOutput(String file) throws IOException {
    byte[] input = resource("/testvectors/rfc8785/input/" + file);
    byte[] expected = resource("/testvectors/rfc8785/output/" + file);
    assertThat(new String(CanonicalJson.canonicalize(input), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(CanonicalJson.canonicalize(input)).isEqualTo(expected);
  }

  @Test
  void sortsKeysByUtf16CodeUnitsNotCodePoints() {
    // U+1F600 is D83D DE00 in UTF-16, which sorts before U+FB33 although its code point is larger.
    String json = "{\"\\ufb33\":1,\"\\ud83d\\ude00\":2,\"a\":3,\"B\":4}";
    assertThat(canonical(json)).isEqualTo("{\"B\":4,\"a\":3,\"\uD83D\uDE00\":2,\"\uFB33\":1}");
  }

  @Test
  void escapesOnlyWhatRfc8785Requires() {
    String json = "[\"\\u0000\\u0008\\u0009\\u000a\\u000c\\u000d\\u001f\\u007f/\\\"\\\\é€\"]";
    assertThat(canonical(json)).isEqualTo("[\"\\u0000\\b\\t\\n\\f\\r\\u001f\u007f/\\\"\\\\é€\"]");
  }

  @Test
  void trickyNumbers() {
    String json =
        "[1e21,1e-7,0.000001,5e-324,1.7976931348623157e308,-0,-0.0,9007199254740993,"
            + "333333333.33333329,100,1E2,1.0,18446744073709551616]";
    assertThat(canonical(json))
        .isEqualTo(
            "[1e+21,1e-7,0.000001,5e-324,1.7976931348623157e+308,0,0,9007199254740992,"
                + "333333333.3333333,100,100,1,18446744073709552000]");
  }

  @Test
  void whitespaceIsRemovedAndLiteralsKept() {
    assertThat(canonical(" { \"b\" : [ true , false , null ] ,\n \"a\" : { } } "))
        .isEqualTo("{\"a\":{},\"b\":[true,false,null]}");
  }

  @Test
  void encodesATreeBuiltInCode() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("z", 0.1 + 0.2).put("a", "x").putArray("m").add(1L << 53).add(-0.0);
    assertThat(new String(CanonicalJson.encode(node), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":\"x\",\"m\":[9007199254740992,0],\"z\":0.30000000000000004}");
    ObjectNode nan = JsonNodeFactory.instance.objectNode().put("n", Double.NaN);
    assertThatThrownBy(() -> CanonicalJson.encode(nan)).isInstanceOf(CanonicalJsonException.class);
  }

  private static String canonical(String json) {
    return new String(
        CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = CanonicalJsonTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }
}
