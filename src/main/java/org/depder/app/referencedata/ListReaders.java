package org.depder.app.referencedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.depder.domain.reference.Country;
import org.depder.domain.reference.CountryList;
import org.depder.domain.reference.Division;
import org.depder.domain.reference.DivisionKind;
import org.depder.domain.reference.Hotline;

/** Readers for the plain lists: countries, administrative divisions, hotlines. */
final class ListReaders {
  static final String COUNTRIES_FORMAT = "depder.countries/1";
  static final String DIVISIONS_FORMAT = "depder.divisions/1";
  static final String HOTLINES_FORMAT = "depder.hotlines/1";

  private final NodeReader r;

  ListReaders(NodeReader reader) {
    this.r = reader;
  }

  CountryList countries(JsonNode root) {
    String version = r.text(root, "", "version");
    List<Country> countries = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<JsonNode> nodes = r.array(root, "", "countries");
    for (int i = 0; i < nodes.size(); i++) {
      String path = "countries[" + i + "]";
      JsonNode n = nodes.get(i);
      String alpha2 = r.text(n, path, "alpha2");
      String alpha3 = r.text(n, path, "alpha3");
      if (!alpha2.matches("[A-Z]{2}") || !alpha3.matches("[A-Z]{3}")) {
        r.error(path, ValidationCode.INVALID_VALUE, "ISO codes expected: " + alpha2 + "/" + alpha3);
      }
      if (!codes.add(alpha2)) {
        r.error(path + ".alpha2", ValidationCode.DUPLICATE_ID, alpha2);
      }
      countries.add(new Country(alpha2, alpha3, r.localized(n, path, "name", false)));
    }
    List<String> priority = r.textArray(root, "", "priority");
    for (String code : priority) {
      if (!codes.contains(code)) {
        r.error("priority", ValidationCode.UNKNOWN_ITEM, code);
      }
    }
    return new CountryList(version, priority, countries);
  }

  List<Division> divisions(JsonNode root) {
    r.text(root, "", "version");
    Set<String> codes = new HashSet<>();
    return divisionList(root, "", "divisions", codes);
  }

  private List<Division> divisionList(
      JsonNode parent, String path, String field, Set<String> codes) {
    List<Division> result = new ArrayList<>();
    List<JsonNode> nodes = parent.has(field) ? r.array(parent, path, field) : List.of();
    for (int i = 0; i < nodes.size(); i++) {
      String here = NodeReader.at(path, field) + "[" + i + "]";
      JsonNode n = nodes.get(i);
      String code = r.text(n, here, "code");
      if (!codes.add(code)) {
        r.error(here + ".code", ValidationCode.DUPLICATE_ID, code);
      }
      String kindText = r.text(n, here, "kind");
      DivisionKind kind = DivisionKind.OFFICE;
      try {
        kind = DivisionKind.valueOf(kindText);
      } catch (IllegalArgumentException e) {
        r.error(here + ".kind", ValidationCode.INVALID_VALUE, kindText);
      }
      result.add(
          new Division(
              code,
              kind,
              r.localized(n, here, "name", false),
              n.path("verify").asBoolean(false),
              divisionList(n, here, "children", codes)));
    }
    return result;
  }

  List<Hotline> hotlines(JsonNode root) {
    List<Hotline> result = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> nodes = r.array(root, "", "hotlines");
    for (int i = 0; i < nodes.size(); i++) {
      String path = "hotlines[" + i + "]";
      JsonNode n = nodes.get(i);
      String id = r.text(n, path, "id");
      if (!ids.add(id)) {
        r.error(path + ".id", ValidationCode.DUPLICATE_ID, id);
      }
      result.add(
          new Hotline(
              id,
              r.text(n, path, "phone"),
              r.localized(n, path, "city", false),
              r.localized(n, path, "operator", false),
              r.optionalText(n, "hours"),
              r.bool(n, path, "verify")));
    }
    return result;
  }
}
