package org.depder.sync.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The strict JSON reading and the small encodings (base64url, tagged SHA-256) of bundles and
 * receipts.
 *
 * <p>Why not {@code StrictJsonParser}: a rejection must say <em>which</em> strictness rule failed
 * ({@link RejectionReason#DUPLICATE_KEY} versus {@link RejectionReason#MALFORMED}), and bundles
 * need their own nesting bound. The rules are the same: no duplicate member names, nothing after
 * the value, no numbers outside the IEEE 754 double range, no unpaired surrogates, no Jackson
 * extensions. The tree it builds canonicalises exactly like one from {@code StrictJsonParser}.
 */
final class BundleJson {
  static final int MAX_DEPTH = 32;
  private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNumberLength(64)
                  // The caller bounds the whole input; a string cannot be longer than that.
                  .maxStringLength(Integer.MAX_VALUE)
                  .build())
          .build();

  private BundleJson() {}

  static JsonNode parse(byte[] json) {
    if (!looksLikeUtf8(json)) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BundleFormatException(RejectionReason.MALFORMED);
      }
      JsonNode root = read(parser, first);
      if (parser.nextToken() != null) {
        throw new BundleFormatException(RejectionReason.MALFORMED);
      }
      return root;
    } catch (IOException | RuntimeException e) {
      if (e instanceof BundleFormatException known) {
        throw known;
      }
      // Jackson's messages quote the input; keep none of it.
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
  }

  /**
   * RFC 8259 JSON between systems is UTF-8 without a byte order mark; Jackson would also detect
   * UTF-16 and UTF-32 (a NUL among the first four bytes) and skip a BOM, which would give the same
   * document a second byte form.
   */
  private static boolean looksLikeUtf8(byte[] json) {
    if (json.length > 0 && (json[0] & 0xff) >= 0xef) {
      return false;
    }
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          checkString(name);
          if (object.has(name)) {
            throw new BundleFormatException(RejectionReason.DUPLICATE_KEY);
          }
          object.set(name, read(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(read(parser, t));
        }
        return array;
      case VALUE_STRING:
        String text = parser.getText();
        checkString(text);
        return NODES.textNode(text);
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> checkedDecimal(new BigDecimal(parser.getBigIntegerValue()));
        };
      case VALUE_NUMBER_FLOAT:
        return checkedDecimal(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new BundleFormatException(RejectionReason.MALFORMED);
    }
  }

  private static JsonNode checkedDecimal(BigDecimal value) {
    double d = value.doubleValue();
    if (Double.isInfinite(d) || (d == 0 && value.signum() != 0)) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    return NODES.numberNode(value);
  }

  private static void checkString(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new BundleFormatException(RejectionReason.MALFORMED);
      }
    }
  }

  /** {@code node} as an object with exactly the member names {@code names}. */
  static ObjectNode objectWith(JsonNode node, Set<String> names) {
    if (!(node instanceof ObjectNode object) || object.size() != names.size()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    Iterator<String> it = object.fieldNames();
    while (it.hasNext()) {
      if (!names.contains(it.next())) {
        throw new BundleFormatException(RejectionReason.MALFORMED);
      }
    }
    return object;
  }

  static String text(JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isTextual()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    return value.textValue();
  }

  /** A whole number in [min, max]; {@code 1.0} or {@code 1e0} are refused, not rounded. */
  static long whole(JsonNode object, String name, long min, long max) {
    JsonNode value = object.get(name);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    long n = value.longValue();
    if (n < min || n > max) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    return n;
  }

  static String hash(JsonNode object, String name) {
    String value = text(object, name);
    if (!HASH.matcher(value).matches()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    return value;
  }

  static boolean isHash(String value) {
    return HASH.matcher(value).matches();
  }

  static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Decodes unpadded base64url and refuses every other spelling of the same bytes (padding, set
   * trailing bits), so a signature or payload has exactly one textual form.
   */
  static byte[] unbase64(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    if (!base64(bytes).equals(text)) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    return bytes;
  }

  /** Upper bound of the decoded length of an unpadded base64url text, before decoding it. */
  static long decodedLength(String text) {
    return (long) text.length() * 3 / 4;
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** {@code "sha256:" + lower-case hex}, the spelling of every hash in bundles and receipts. */
  static String taggedSha256(byte[] data) {
    return "sha256:" + HexFormat.of().formatHex(sha256(data));
  }

  /**
   * A version 4 UUID from {@code random} (not {@link java.util.UUID#randomUUID()}), so tests can
   * fix it.
   */
  static java.util.UUID randomUuid(java.security.SecureRandom random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (b[i] & 0xff);
      lsb = (lsb << 8) | (b[i + 8] & 0xff);
    }
    return new java.util.UUID(msb, lsb);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
