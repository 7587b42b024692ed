package org.depder.app.referencedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depder.domain.screening.AgeScope;
import org.depder.domain.screening.ContextLetter;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.Indicator;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.ItemWeight;
import org.depder.domain.screening.Weight;

/** Turns an indicator-set JSON tree into an {@link IndicatorSet}, collecting every problem. */
final class IndicatorSetReader {
  static final String FORMAT = "depder.indicator-set/1";

  private final NodeReader r;

  IndicatorSetReader(NodeReader reader) {
    this.r = reader;
  }

  IndicatorSet read(JsonNode root) {
    String id = r.text(root, "", "id");
    String version = r.text(root, "", "version");
    boolean draft = r.bool(root, "", "draft");
    String status = r.text(root, "", "status");
    String ruleSet = r.text(root, "", "ruleSet");
    int itemCount = r.integer(root, "", "itemCount");
    List<Indicator> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> nodes = r.array(root, "", "items");
    for (int i = 0; i < nodes.size(); i++) {
      String path = "items[" + i + "]";
      Indicator item = item(nodes.get(i), path);
      if (!ids.add(item.id())) {
        r.error(path + ".id", ValidationCode.DUPLICATE_ID, item.id());
      }
      items.add(item);
    }
    if (items.size() != itemCount) {
      r.error(
          "items",
          ValidationCode.ITEM_COUNT_MISMATCH,
          "itemCount says " + itemCount + ", file has " + items.size());
    }
    return new IndicatorSet(id, version, draft, status, ruleSet, items);
  }

  private Indicator item(JsonNode node, String path) {
    String id = r.text(node, path, "id");
    Dimension dimension = dimension(node, path);
    ItemWeight adult = weight(node, path, "adultWeight");
    ItemWeight child = weight(node, path, "childWeight");
    Optional<ItemWeight> sexual =
        node.has("adultSexualWeight")
            ? Optional.of(weight(node, path, "adultSexualWeight"))
            : Optional.empty();
    Set<ContextLetter> contexts = contexts(node, path);
    AgeScope ageScope = ageScope(node, path);
    boolean sensitive = r.bool(node, path, "sensitive");
    boolean childProtection = r.bool(node, path, "alwaysChildProtectionReferral");
    checkWeightsFitDimension(node, path, dimension, ageScope);
    return new Indicator(
        id,
        dimension,
        adult,
        child,
        sexual,
        contexts,
        ageScope,
        sensitive,
        childProtection,
        r.localized(node, path, "question"),
        r.localized(node, path, "personText"));
  }

  private Dimension dimension(JsonNode node, String path) {
    String value = r.text(node, path, "dimension");
    try {
      return Dimension.valueOf(value);
    } catch (IllegalArgumentException e) {
      r.error(NodeReader.at(path, "dimension"), ValidationCode.INVALID_DIMENSION, value);
      return Dimension.O;
    }
  }

  private AgeScope ageScope(JsonNode node, String path) {
    String value = r.text(node, path, "ageScope");
    try {
      return AgeScope.valueOf(value);
    } catch (IllegalArgumentException e) {
      r.error(NodeReader.at(path, "ageScope"), ValidationCode.INVALID_VALUE, value);
      return AgeScope.ALL;
    }
  }

  private ItemWeight weight(JsonNode node, String path, String field) {
    String here = NodeReader.at(path, field);
    JsonNode w = node.get(field);
    if (w == null) {
      r.error(here, ValidationCode.MISSING_FIELD, "weight object or null expected");
      return ItemWeight.none();
    }
    if (w.isNull()) {
      return ItemWeight.none();
    }
    String letter = r.text(w, here, "weight");
    boolean verify = r.bool(w, here, "verify");
    Optional<Weight> weight =
        switch (letter) {
          case "S" -> Optional.of(Weight.STRONG);
          case "M" -> Optional.of(Weight.MEDIUM);
          case "W" -> Optional.of(Weight.WEAK);
          default -> Optional.empty();
        };
    if (weight.isEmpty()) {
      r.error(here + ".weight", ValidationCode.INVALID_WEIGHT, "S, M or W expected: " + letter);
    }
    return new ItemWeight(weight, verify);
  }

  private Set<ContextLetter> contexts(JsonNode node, String path) {
    Set<ContextLetter> result = EnumSet.noneOf(ContextLetter.class);
    List<String> letters = r.textArray(node, path, "contexts");
    for (int i = 0; i < letters.size(); i++) {
      try {
        result.add(ContextLetter.valueOf(letters.get(i)));
      } catch (IllegalArgumentException e) {
        r.error(
            NodeReader.at(path, "contexts") + "[" + i + "]",
            ValidationCode.INVALID_CONTEXT,
            letters.get(i));
      }
    }
    if (letters.isEmpty()) {
      r.error(NodeReader.at(path, "contexts"), ValidationCode.INVALID_CONTEXT, "no context");
    }
    return result;
  }

  /**
   * ACT carries no weight; every other item needs a weight for each age group it is shown to,
   * otherwise a Yes would silently count for nothing.
   */
  private void checkWeightsFitDimension(
      JsonNode node, String path, Dimension dimension, AgeScope scope) {
    // an invalid weight letter was reported already; only an explicit null is "no weight" here
    boolean adultNone = node.path("adultWeight").isNull();
    boolean childNone = node.path("childWeight").isNull();
    if (dimension == Dimension.ACT) {
      if (!adultNone || !childNone) {
        r.error(path, ValidationCode.INVALID_WEIGHT, "the act item carries no weight");
      }
      return;
    }
    if (scope.includes(false) && adultNone) {
      r.error(path + ".adultWeight", ValidationCode.INVALID_WEIGHT, "shown to adults, no weight");
    }
    if (scope.includes(true) && childNone) {
      r.error(path + ".childWeight", ValidationCode.INVALID_WEIGHT, "shown to children, no weight");
    }
  }
}
