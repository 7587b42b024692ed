package org.depder.sync.canonical;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Parses JSON that will be signed or verified, refusing anything two parsers could read
 * differently: duplicate member names, trailing content after the value, numbers beyond the IEEE
 * 754 double range, unpaired surrogates, and every non-standard Jackson extension (comments, NaN,
 * single quotes), which are off by default.
 */
public final class StrictJsonParser {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          // Belt and braces with the explicit nextToken() check below.
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private StrictJsonParser() {}

  public static JsonNode parse(byte[] json) {
    JsonNode node;
    try (JsonParser parser = MAPPER.createParser(json)) {
      node = MAPPER.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new CanonicalJsonException("empty JSON input");
      }
      if (parser.nextToken() != null) {
        throw new CanonicalJsonException("trailing content after the JSON value");
      }
    } catch (JsonProcessingException e) {
      // Jackson's message quotes input text, which may be personal data: keep only the place.
      JsonLocation at = e.getLocation();
      throw new CanonicalJsonException(
          at == null
              ? "malformed JSON"
              : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
    } catch (IOException e) {
      throw new CanonicalJsonException("unreadable JSON input");
    }
    checkValues(node);
    return node;
  }

  private static void checkValues(JsonNode node) {
    if (node.isContainerNode()) {
      node.fieldNames().forEachRemaining(StrictJsonParser::checkString);
      node.elements().forEachRemaining(StrictJsonParser::checkValues);
    } else if (node.isTextual()) {
      checkString(node.textValue());
    } else if (node.isNumber()) {
      checkNumber(node);
    }
  }

  private static void checkNumber(JsonNode node) {
    double value = node.isBigDecimal() ? node.decimalValue().doubleValue() : node.doubleValue();
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw new CanonicalJsonException("number is outside the IEEE 754 double range");
    }
    if (value == 0 && node.isBigDecimal() && node.decimalValue().signum() != 0) {
      throw new CanonicalJsonException("number underflows the IEEE 754 double range");
    }
  }

  private static void checkString(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new CanonicalJsonException("string holds an unpaired surrogate");
      }
    }
  }
}
