package org.depder.app.referencedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.depder.domain.screening.LocalizedText;

/**
 * Reads fields from a JSON tree and records a precise error for each problem instead of failing on
 * the first, so that a reviewer of a new reference-data version sees everything at once.
 */
final class NodeReader {
  private final String file;
  private final List<ValidationError> errors = new ArrayList<>();

  NodeReader(String file) {
    this.file = file;
  }

  List<ValidationError> errors() {
    return List.copyOf(errors);
  }

  void error(String path, ValidationCode code, String detail) {
    errors.add(new ValidationError(file, path, code, detail));
  }

  static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  String text(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isTextual()) {
      error(at(path, field), ValidationCode.MISSING_FIELD, "text expected");
      return "";
    }
    if (node.asText().isBlank()) {
      error(at(path, field), ValidationCode.TEXT_BLANK, "blank");
    }
    return node.asText();
  }

  Optional<String> optionalText(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node == null || !node.isTextual() ? Optional.empty() : Optional.of(node.asText());
  }

  boolean bool(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isBoolean()) {
      error(at(path, field), ValidationCode.MISSING_FIELD, "true or false expected");
      return false;
    }
    return node.asBoolean();
  }

  int integer(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isInt()) {
      error(at(path, field), ValidationCode.MISSING_FIELD, "integer expected");
      return 0;
    }
    return node.asInt();
  }

  List<JsonNode> array(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isArray()) {
      error(at(path, field), ValidationCode.MISSING_FIELD, "array expected");
      return List.of();
    }
    List<JsonNode> result = new ArrayList<>();
    node.forEach(result::add);
    return result;
  }

  List<String> textArray(JsonNode parent, String path, String field) {
    List<String> result = new ArrayList<>();
    List<JsonNode> nodes = array(parent, path, field);
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).isTextual()) {
        result.add(nodes.get(i).asText());
      } else {
        error(at(path, field) + "[" + i + "]", ValidationCode.MISSING_FIELD, "text expected");
      }
    }
    return result;
  }

  /**
   * A text in en, ru and tk: all present and non-blank, ru in Cyrillic, and neither ru nor tk a
   * copy of the English (the usual symptom of an unfinished translation).
   */
  LocalizedText localized(JsonNode parent, String path, String field) {
    return localized(parent, path, field, true);
  }

  /**
   * As {@link #localized(JsonNode, String, String)}; proper names (countries, places) are often
   * spelled the same in English and Turkmen, so their callers switch the copy check off.
   */
  LocalizedText localized(JsonNode parent, String path, String field, boolean checkCopies) {
    String here = at(path, field);
    JsonNode node = parent.get(field);
    if (node == null || !node.isObject()) {
      error(here, ValidationCode.MISSING_FIELD, "object with en, ru, tk expected");
      return new LocalizedText("", "", "");
    }
    String en = text(node, here, "en");
    String ru = text(node, here, "ru");
    String tk = text(node, here, "tk");
    if (checkCopies) {
      checkNotCopied(here + ".ru", en, ru);
      checkNotCopied(here + ".tk", en, tk);
    }
    if (!ru.isBlank() && ru.codePoints().noneMatch(NodeReader::isCyrillic)) {
      error(here + ".ru", ValidationCode.TEXT_WRONG_SCRIPT, "no Cyrillic letter in: " + ru);
    }
    if (!tk.isBlank() && tk.codePoints().anyMatch(NodeReader::isCyrillic)) {
      // Turkmen is written in Latin script since 1996; Cyrillic here is a Russian or old text
      error(here + ".tk", ValidationCode.TEXT_WRONG_SCRIPT, "Cyrillic in Turkmen text: " + tk);
    }
    return new LocalizedText(en, ru, tk);
  }

  private void checkNotCopied(String path, String en, String other) {
    if (!en.isBlank() && normalise(en).equals(normalise(other)) && hasLongWord(en)) {
      error(path, ValidationCode.TEXT_COPIED_FROM_ENGLISH, "same as en: " + other);
    }
  }

  /** Short codes and names like "OK" may legitimately be equal in several languages. */
  private static boolean hasLongWord(String text) {
    return text.length() > 3;
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isCyrillic(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
  }
}
