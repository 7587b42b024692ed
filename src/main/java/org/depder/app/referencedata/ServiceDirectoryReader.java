package org.depder.app.referencedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.reference.ServiceCategory;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.domain.reference.ServiceEntry;
import org.depder.domain.screening.LocalizedText;
import org.depder.domain.screening.VersionRef;

/**
 * Reads {@code services.json} (format {@value #FORMAT}). Beyond the shape it checks what a letter
 * depends on: regions are welaýats of the division list, countries are in the country list, and a
 * contact detail that is empty must be named in {@code toBeConfirmed}, so that a gap is a decision
 * someone wrote down and not an accident.
 */
final class ServiceDirectoryReader {
  static final String FORMAT = "depder.services/1";

  private static final Set<String> LETTER_LANGUAGES = Set.of("tk", "ru", "en");

  private final NodeReader r;
  private final Set<String> welayats;
  private final Set<String> countries;

  ServiceDirectoryReader(NodeReader reader, Set<String> welayats, Set<String> countries) {
    this.r = reader;
    this.welayats = welayats;
    this.countries = countries;
  }

  ServiceDirectory read(JsonNode root) {
    VersionRef version = new VersionRef(r.text(root, "", "id"), r.text(root, "", "version"));
    List<ServiceEntry> result = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> nodes = r.array(root, "", "services");
    for (int i = 0; i < nodes.size(); i++) {
      String path = "services[" + i + "]";
      JsonNode n = nodes.get(i);
      String id = r.text(n, path, "id");
      if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
        r.error(
            path + ".id", ValidationCode.INVALID_VALUE, "lower-case letters, digits, '-': " + id);
      }
      if (!ids.add(id)) {
        r.error(path + ".id", ValidationCode.DUPLICATE_ID, id);
      }
      result.add(entry(n, path, id));
    }
    return new ServiceDirectory(version, result);
  }

  private ServiceEntry entry(JsonNode n, String path, String id) {
    ServiceCategory category =
        enumValue(n, path, "category", ServiceCategory.class, ServiceCategory.NGO);
    String country = r.text(n, path, "country");
    if (!countries.contains(country)) {
      r.error(path + ".country", ValidationCode.UNKNOWN_ITEM, country);
    }
    Optional<String> region = r.optionalText(n, "region");
    region.ifPresent(
        code -> {
          if (!welayats.contains(code) || !country.equals("TM")) {
            r.error(path + ".region", ValidationCode.UNKNOWN_ITEM, code);
          }
        });
    Set<String> toConfirm = new LinkedHashSet<>(r.textArray(n, path, "toBeConfirmed"));
    for (String field : toConfirm) {
      if (!ServiceEntry.CONFIRMABLE.contains(field)) {
        r.error(path + ".toBeConfirmed", ValidationCode.UNKNOWN_ITEM, field);
      }
    }
    Optional<String> phone = contact(n, path, "phone", toConfirm);
    phone.ifPresent(
        p -> {
          if (!p.matches("\\+[0-9][0-9 ]{5,20}")) {
            r.error(
                path + ".phone", ValidationCode.INVALID_VALUE, "international form expected: " + p);
          }
        });
    Optional<String> email = contact(n, path, "email", toConfirm);
    Optional<LocalizedText> address = Optional.empty();
    if (n.hasNonNull("address")) {
      address = Optional.of(r.localized(n, path, "address", false));
    } else {
      requireConfirmation(path, "address", toConfirm);
    }
    Optional<String> hours = contact(n, path, "hours", toConfirm);
    OptionalInt capacity = OptionalInt.empty();
    if (n.hasNonNull("capacity")) {
      int places = r.integer(n, path, "capacity");
      if (places < 0) {
        r.error(path + ".capacity", ValidationCode.INVALID_VALUE, Integer.toString(places));
      }
      capacity = OptionalInt.of(places);
    } else {
      requireConfirmation(path, "capacity", toConfirm);
    }
    String letterLanguage = r.text(n, path, "letterLanguage");
    if (!LETTER_LANGUAGES.contains(letterLanguage)) {
      r.error(path + ".letterLanguage", ValidationCode.INVALID_VALUE, letterLanguage);
    }
    Set<ServiceNeed> serves = new LinkedHashSet<>();
    for (String need : r.textArray(n, path, "serves")) {
      try {
        serves.add(ServiceNeed.valueOf(need));
      } catch (IllegalArgumentException e) {
        r.error(path + ".serves", ValidationCode.UNKNOWN_ITEM, need);
      }
    }
    return new ServiceEntry(
        id,
        category,
        country,
        region,
        r.localized(n, path, "name"),
        address,
        phone,
        email,
        hours,
        capacity,
        letterLanguage,
        serves,
        r.bool(n, path, "verify"),
        toConfirm);
  }

  private Optional<String> contact(JsonNode n, String path, String field, Set<String> toConfirm) {
    if (n.hasNonNull(field)) {
      return Optional.of(r.text(n, path, field));
    }
    requireConfirmation(path, field, toConfirm);
    return Optional.empty();
  }

  private void requireConfirmation(String path, String field, Set<String> toConfirm) {
    if (!toConfirm.contains(field)) {
      r.error(
          NodeReader.at(path, field),
          ValidationCode.MISSING_FIELD,
          "empty but not listed in toBeConfirmed");
    }
  }

  private <E extends Enum<E>> E enumValue(
      JsonNode n, String path, String field, Class<E> type, E fallback) {
    String text = r.text(n, path, field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      r.error(NodeReader.at(path, field), ValidationCode.INVALID_VALUE, text);
      return fallback;
    }
  }
}
