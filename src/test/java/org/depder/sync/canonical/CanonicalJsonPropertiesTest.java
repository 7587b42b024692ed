package org.depder.sync.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CanonicalJsonPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 500)
  void canonicalFormIsAFixedPoint(@ForAll("documents") JsonNode document) {
    byte[] once = CanonicalJson.encode(document);
    assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<JsonNode> documents() {
    // Bounded depth: an unbounded lazyOf recursion grows without limit and exhausts the heap.
    return Arbitraries.recursive(
        this::leaves, inner -> Arbitraries.oneOf(arrays(inner), objects(inner)), 0, 3);
  }

  private Arbitrary<JsonNode> leaves() {
    Arbitrary<JsonNode> numbers =
        Arbitraries.doubles()
            .withSpecialValue(-0.0)
            .withSpecialValue(Double.MIN_VALUE)
            .withSpecialValue(Double.MAX_VALUE)
            .withSpecialValue(1e21)
            .withSpecialValue(1e-7)
            .filter(Double::isFinite)
            .map(NODES::numberNode);
    Arbitrary<JsonNode> longs = Arbitraries.longs().map(NODES::numberNode);
    Arbitrary<JsonNode> strings = Arbitraries.strings().ofMaxLength(12).map(NODES::textNode);
    Arbitrary<JsonNode> literals =
        Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false));
    return Arbitraries.oneOf(numbers, longs, strings, literals)
        .filter(node -> !node.isTextual() || isWellFormed(node.textValue()));
  }

  private Arbitrary<JsonNode> arrays(Arbitrary<JsonNode> elements) {
    return elements
        .list()
        .ofMaxSize(4)
        .map(
            (List<JsonNode> list) -> {
              ArrayNode array = NODES.arrayNode();
              list.forEach(array::add);
              return array;
            });
  }

  private Arbitrary<JsonNode> objects(Arbitrary<JsonNode> values) {
    return Arbitraries.maps(
            Arbitraries.strings().ofMaxLength(6).filter(CanonicalJsonPropertiesTest::isWellFormed),
            values)
        .ofMaxSize(4)
        .map(
            map -> {
              ObjectNode object = NODES.objectNode();
              map.forEach(object::set);
              return object;
            });
  }

  private static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
