package org.depder.sync.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme: the one byte form that bundle headers and receipts are
 * signed in. Object members are sorted by their names' UTF-16 code units, there is no whitespace,
 * strings use the minimal escaping of ECMAScript's JSON.stringify, and numbers use ECMAScript's
 * Number formatting.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** Parses {@code json} strictly (see {@link StrictJsonParser}) and returns its canonical form. */
  public static byte[] canonicalize(byte[] json) {
    return encode(StrictJsonParser.parse(json));
  }

  /** The canonical UTF-8 bytes of {@code node}. */
  public static byte[] encode(JsonNode node) {
    StringBuilder out = new StringBuilder(256);
    write(node, out);
    // Safe: writeString refuses unpaired surrogates, the only thing UTF-8 could not encode.
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, out);
      case ARRAY -> writeArray(node, out);
      case STRING -> writeString(node.textValue(), out);
      case NUMBER -> out.append(EcmaNumberFormat.format(toDouble(node)));
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL -> out.append("null");
      default ->
          throw new CanonicalJsonException("cannot canonicalise a " + node.getNodeType() + " node");
    }
  }

  private static void writeObject(JsonNode node, StringBuilder out) {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
    // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 section 3.2.3 asks.
    members.sort(Map.Entry.comparingByKey());
    out.append('{');
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeString(members.get(i).getKey(), out);
      out.append(':');
      write(members.get(i).getValue(), out);
    }
    out.append('}');
  }

  private static void writeArray(JsonNode node, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      write(node.get(i), out);
    }
    out.append(']');
  }

  private static double toDouble(JsonNode node) {
    // Long and BigInteger conversions round to nearest, like ECMAScript reading the literal.
    double value = node.isBigDecimal() ? node.decimalValue().doubleValue() : node.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new CanonicalJsonException("number is outside the IEEE 754 double range");
    }
    return value;
  }

  static void writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        throw new CanonicalJsonException("string holds an unpaired surrogate");
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        appendControl(c, out);
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static void appendControl(char c, StringBuilder out) {
    switch (c) {
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(String.format("\\u%04x", (int) c));
    }
  }
}
