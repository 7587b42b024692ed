package org.depder.app.referencedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.depder.domain.screening.Combination;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.VersionRef;

/** Turns a rule-set JSON tree into a {@link RuleSet} and checks it against its indicator set. */
final class RuleSetReader {
  static final String FORMAT = "depder.rule-set/1";

  private final NodeReader r;

  RuleSetReader(NodeReader reader) {
    this.r = reader;
  }

  VersionRef indicatorSetRef(JsonNode root) {
    JsonNode ref = root.path("indicatorSet");
    return new VersionRef(
        r.text(ref, "indicatorSet", "id"), r.text(ref, "indicatorSet", "version"));
  }

  /** Null when the values cannot make a rule set; the errors say why. */
  RuleSet read(JsonNode root, IndicatorSet indicators) {
    VersionRef ref = new VersionRef(r.text(root, "", "id"), r.text(root, "", "version"));
    boolean draft = r.bool(root, "", "draft");
    String status = r.text(root, "", "status");
    List<Combination> combinations = combinations(root);
    int medium = positive(root, "mediumItemsForPossible");
    int observations = positive(root, "observationsForPossible");
    String act = r.text(root, "", "actItem");
    Set<String> exploitation = items(root, "childExploitationItems", indicators);
    Set<String> alwaysPositive = items(root, "childAlwaysPositiveItems", indicators);
    Set<String> protection = items(root, "childProtectionItems", indicators);
    if (indicators.item(act).isEmpty()) {
      r.error("actItem", ValidationCode.UNKNOWN_ITEM, act);
    }
    if (!r.errors().isEmpty()) {
      return null;
    }
    return new RuleSet(
        ref,
        draft,
        status,
        indicators.ref(),
        combinations,
        medium,
        observations,
        act,
        exploitation,
        alwaysPositive,
        protection);
  }

  private List<Combination> combinations(JsonNode root) {
    List<Combination> result = new ArrayList<>();
    List<JsonNode> nodes = r.array(root, "", "dimensionPositiveIf");
    for (int i = 0; i < nodes.size(); i++) {
      String path = "dimensionPositiveIf[" + i + "]";
      JsonNode n = nodes.get(i);
      int s = r.integer(n, path, "strong");
      int m = r.integer(n, path, "medium");
      int w = r.integer(n, path, "weak");
      int mw = r.integer(n, path, "mediumOrWeak");
      if (s < 0 || m < 0 || w < 0 || mw < 0 || s + m + w + mw == 0) {
        r.error(path, ValidationCode.INVALID_VALUE, "counts must be >= 0 and not all 0");
      } else {
        result.add(new Combination(s, m, w, mw));
      }
    }
    if (nodes.isEmpty()) {
      r.error("dimensionPositiveIf", ValidationCode.INVALID_VALUE, "no combination");
    }
    return result;
  }

  private int positive(JsonNode root, String field) {
    int value = r.integer(root, "", field);
    if (value < 1) {
      r.error(field, ValidationCode.INVALID_VALUE, "must be at least 1: " + value);
    }
    return value;
  }

  private Set<String> items(JsonNode root, String field, IndicatorSet indicators) {
    Set<String> result = new HashSet<>();
    for (String id : r.textArray(root, "", field)) {
      if (indicators.item(id).isEmpty()) {
        r.error(field, ValidationCode.UNKNOWN_ITEM, id);
      }
      result.add(id);
    }
    return result;
  }
}
