package org.depder.domain.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The country picklist. {@code priority} holds the usual destinations (DOMAIN 3.4) that the UI
 * shows first; the full list stays complete.
 */
public record CountryList(String version, List<String> priority, List<Country> countries) {
  public CountryList {
    priority = List.copyOf(priority);
    countries = List.copyOf(countries);
  }

  /** Priority countries first in their given order, then every other country in list order. */
  public List<Country> inPicklistOrder() {
    List<Country> result = new ArrayList<>();
    for (String code : priority) {
      countries.stream().filter(c -> c.alpha2().equals(code)).findFirst().ifPresent(result::add);
    }
    countries.stream().filter(c -> !priority.contains(c.alpha2())).forEach(result::add);
    return List.copyOf(result);
  }
}
