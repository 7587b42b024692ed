package org.depder.sync.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1,\"a\":2}",
        "{\"x\":{\"a\":1,\"a\":1}}",
        "{\"a\":1} x",
        "{\"a\":1}{}",
        "[1] ]",
        "1e400",
        "-1e309",
        "1e-400",
        "[NaN]",
        "{'a':1}",
        "[1,]",
        "// c\n1",
        "\"\\ud800\"",
        "{\"\\udc00\":1}",
        "",
        "   ",
        "[01]",
      })
  void refuses(String json) {
    assertThatThrownBy(() -> StrictJsonParser.parse(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CanonicalJsonException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "-0", "5e-324", "1.7976931348623157e308", "\"\\ud83d\\ude00\"", "{}"})
  void accepts(String json) {
    assertThat(StrictJsonParser.parse(json.getBytes(StandardCharsets.UTF_8))).isNotNull();
  }

  @Test
  void errorMessagesDoNotQuoteTheInput() {
    byte[] json = "{\"name\":\"Aman Secret\",\"name\":1}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StrictJsonParser.parse(json))
        .isInstanceOf(CanonicalJsonException.class)
        .hasMessageStartingWith("malformed JSON at line 1")
        .hasNoCause()
        .message()
        .doesNotContain("Secret")
        .doesNotContain("name");
  }
}
